package com.kaoping.paper.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bank question placed in a section, with the points it carries in this paper. */
@Entity
@Table(name = "paper_item")
public class PaperItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    /** null: the question's own default points. */
    @Column(precision = 6, scale = 1)
    private BigDecimal points;

    @Column(name = "frozen_revision")
    private Integer frozenRevision;

    protected PaperItem() {
    }

    PaperItem(long questionId, int position) {
        this.questionId = questionId;
        this.position = position;
    }

    PaperItem copy(int position) {
        PaperItem copy = new PaperItem(questionId, position);
        copy.points = points;
        return copy;
    }

    void setPosition(int position) {
        this.position = position;
    }

    void setPoints(BigDecimal points) {
        this.points = points;
    }

    void freeze(int revision) {
        this.frozenRevision = revision;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public long getQuestionId() {
        return questionId;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public Integer getFrozenRevision() {
        return frozenRevision;
    }
}
