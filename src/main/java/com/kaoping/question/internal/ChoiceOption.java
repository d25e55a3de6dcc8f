package com.kaoping.question.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ChoiceOption {

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Column(name = "correct", nullable = false)
    private boolean correct;

    protected ChoiceOption() {
    }

    ChoiceOption(String text, boolean correct) {
        this.text = text;
        this.correct = correct;
    }

    String text() {
        return text;
    }

    boolean correct() {
        return correct;
    }
}
