package com.kaoping.grading.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The final word on one question of one attempt: an override of an automatic score or a reconciliation. */
@Entity
@Table(name = "settlement")
public class Settlement {

    public enum Kind { OVERRIDE, RECONCILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private long attemptId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal score;

    @Column(nullable = false)
    private String reason;

    @Column(name = "settled_by", nullable = false)
    private long settledBy;

    @Column(name = "settled_at", nullable = false)
    private Instant settledAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "settlement_step", joinColumns = @JoinColumn(name = "settlement_id"))
    @MapKeyColumn(name = "step")
    @Column(name = "score", precision = 6, scale = 1)
    private Map<Integer, BigDecimal> steps = new TreeMap<>();

    protected Settlement() {
    }

    public Settlement(long attemptId, int position, Kind kind) {
        this.attemptId = attemptId;
        this.position = position;
        this.kind = kind;
    }

    public void settle(BigDecimal score, Map<Integer, BigDecimal> stepScores, String reason, long actor, Instant now) {
        this.score = score;
        this.steps.clear();
        this.steps.putAll(stepScores);
        this.reason = reason;
        this.settledBy = actor;
        this.settledAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public Kind getKind() {
        return kind;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getReason() {
        return reason;
    }

    public long getSettledBy() {
        return settledBy;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public long getVersion() {
        return version;
    }

    public Map<Integer, BigDecimal> getSteps() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(steps));
    }
}
