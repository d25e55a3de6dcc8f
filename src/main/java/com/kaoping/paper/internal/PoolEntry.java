package com.kaoping.paper.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One question (at one revision) a published draw rule may draw. */
@Embeddable
public class PoolEntry {

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(nullable = false)
    private int revision;

    protected PoolEntry() {
    }

    public PoolEntry(long questionId, int revision) {
        this.questionId = questionId;
        this.revision = revision;
    }

    public long getQuestionId() {
        return questionId;
    }

    public int getRevision() {
        return revision;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PoolEntry other && other.questionId == questionId && other.revision == revision;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(questionId) * 31 + revision;
    }
}
