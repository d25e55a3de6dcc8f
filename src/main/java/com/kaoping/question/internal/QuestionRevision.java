package com.kaoping.question.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved state of a question, as JSON. Written once, never changed. */
@Entity
@Immutable
@Table(name = "question_revision")
public class QuestionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(nullable = false)
    private int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String content;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", nullable = false, columnDefinition = "varchar[]")
    private String[] changedFields;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected QuestionRevision() {
    }

    public QuestionRevision(long questionId, int revision, String content, List<String> changedFields, long changedBy,
                            Instant changedAt) {
        this.questionId = questionId;
        this.revision = revision;
        this.content = content;
        this.changedFields = changedFields.toArray(String[]::new);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long getQuestionId() {
        return questionId;
    }

    public int getRevision() {
        return revision;
    }

    public String getContent() {
        return content;
    }

    public List<String> getChangedFields() {
        return List.of(changedFields);
    }

    public long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
