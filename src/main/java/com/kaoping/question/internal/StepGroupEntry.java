package com.kaoping.question.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The cap of one of a question's step groups. */
@Embeddable
public class StepGroupEntry {

    @Column(name = "name", nullable = false, length = 1)
    private String name;

    @Column(name = "cap", nullable = false, precision = 6, scale = 1)
    private BigDecimal cap;

    protected StepGroupEntry() {
    }

    StepGroupEntry(String name, BigDecimal cap) {
        this.name = name;
        this.cap = cap;
    }

    String name() {
        return name;
    }

    BigDecimal cap() {
        return cap;
    }
}
