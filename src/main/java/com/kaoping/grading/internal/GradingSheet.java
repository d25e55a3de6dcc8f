package com.kaoping.grading.internal;

import java.time.Instant;

import com.kaoping.grading.GradingRuleException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One grader's scoring of one attempt. Once complete, only HR can reopen it. */
@Entity
@Table(name = "grading_sheet")
public class GradingSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private long attemptId;

    @Column(name = "grader_id", nullable = false, updatable = false)
    private long graderId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected GradingSheet() {
    }

    public GradingSheet(long attemptId, long graderId, Instant now) {
        this.attemptId = attemptId;
        this.graderId = graderId;
        this.createdAt = now;
    }

    /** Hands the sheet in; refused when it already is. */
    public void complete(Instant now) {
        if (completedAt != null) {
            throw new GradingRuleException("grading.complete.already");
        }
        completedAt = now;
    }

    public void reopen() {
        if (completedAt == null) {
            throw new GradingRuleException("grading.reopen.notComplete");
        }
        completedAt = null;
    }

    public boolean isComplete() {
        return completedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public long getGraderId() {
        return graderId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
