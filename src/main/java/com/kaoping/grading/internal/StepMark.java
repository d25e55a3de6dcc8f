package com.kaoping.grading.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A grader's score (and comment) for one rubric step. */
@Embeddable
public class StepMark {

    @Column(precision = 6, scale = 1)
    private BigDecimal score;

    @Column(length = 2000)
    private String comment;

    protected StepMark() {
    }

    public StepMark(BigDecimal score, String comment) {
        this.score = score;
        this.comment = comment;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
