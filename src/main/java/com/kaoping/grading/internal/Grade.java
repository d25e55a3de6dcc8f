package com.kaoping.grading.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One grader's score of one question: the step marks, comments and (in a live interview) the
 * notes of what the candidate said. The score is set only from the steps, by the service.
 */
@Entity
@Table(name = "grade")
public class Grade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sheet_id", nullable = false, updatable = false)
    private long sheetId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(precision = 8, scale = 2)
    private BigDecimal score;

    private String comment;

    private String notes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "step_score", joinColumns = @JoinColumn(name = "grade_id"))
    @MapKeyColumn(name = "step")
    private Map<Integer, StepMark> steps = new TreeMap<>();

    protected Grade() {
    }

    public Grade(long sheetId, int position, Instant now) {
        this.sheetId = sheetId;
        this.position = position;
        this.updatedAt = now;
    }

    /** Replaces the marks; the score is what the rules compute from them. */
    public void record(Map<Integer, StepMark> marks, BigDecimal computedScore, String comment, String notes,
                       Instant now) {
        steps.clear();
        steps.putAll(marks);
        this.score = computedScore;
        this.comment = comment;
        this.notes = notes;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getSheetId() {
        return sheetId;
    }

    public int getPosition() {
        return position;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Map<Integer, StepMark> getSteps() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(steps));
    }
}
