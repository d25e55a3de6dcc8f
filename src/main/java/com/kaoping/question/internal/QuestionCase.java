package com.kaoping.question.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A case (案例): one background shared by several questions. */
@Entity
@Table(name = "question_case")
public class QuestionCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String background;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Column(name = "creation_token", updatable = false)
    private UUID creationToken;

    protected QuestionCase() {
    }

    public QuestionCase(String title, String background, long actor, Instant now, UUID creationToken) {
        this.title = title.strip();
        this.background = background.strip();
        this.createdBy = actor;
        this.createdAt = now;
        this.updatedBy = actor;
        this.updatedAt = now;
        this.creationToken = creationToken;
    }

    /** @return whether anything changed */
    public boolean revise(String title, String background, long actor, Instant now) {
        String t = title.strip();
        String b = background.strip();
        if (t.equals(this.title) && b.equals(this.background)) {
            return false;
        }
        this.title = t;
        this.background = b;
        this.updatedBy = actor;
        this.updatedAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBackground() {
        return background;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
