package com.kaoping.paper.web;

import java.math.BigDecimal;

import com.kaoping.paper.DrawCriteria;
import com.kaoping.question.QuestionKind;
import jakarta.validation.constraints.NotNull;

/**
 * A draw rule: which questions (kind, tag, difficulty range) and how many, at how many points
 * each. The ranges and whether the bank holds enough are the paper's rules.
 */
public class RuleForm extends ChangeForm {

    private QuestionKind kind;
    private String tag = "";
    private int difficultyMin = 1;
    private int difficultyMax = 5;

    @NotNull(message = "{validation.required}")
    private Integer count = 1;

    private BigDecimal pointsEach;

    DrawCriteria criteria() {
        return new DrawCriteria(kind, tag, difficultyMin, difficultyMax);
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public int getDifficultyMin() {
        return difficultyMin;
    }

    public void setDifficultyMin(int difficultyMin) {
        this.difficultyMin = difficultyMin;
    }

    public int getDifficultyMax() {
        return difficultyMax;
    }

    public void setDifficultyMax(int difficultyMax) {
        this.difficultyMax = difficultyMax;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public BigDecimal getPointsEach() {
        return pointsEach;
    }

    public void setPointsEach(BigDecimal pointsEach) {
        this.pointsEach = pointsEach;
    }
}
