package com.kaoping.question.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class RubricStepEntry {

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "max_points", nullable = false, precision = 6, scale = 1)
    private BigDecimal maxPoints;

    @Column(name = "guidance")
    private String guidance;

    @Column(name = "model_wording")
    private String modelWording;

    @Column(name = "step_group", length = 1)
    private String group;

    protected RubricStepEntry() {
    }

    RubricStepEntry(String label, BigDecimal maxPoints, String guidance, String modelWording, String group) {
        this.label = label;
        this.maxPoints = maxPoints;
        this.guidance = guidance;
        this.modelWording = modelWording;
        this.group = group;
    }

    String group() {
        return group;
    }

    String label() {
        return label;
    }

    BigDecimal maxPoints() {
        return maxPoints;
    }

    String guidance() {
        return guidance;
    }

    String modelWording() {
        return modelWording;
    }
}
