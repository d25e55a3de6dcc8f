package com.kaoping.sitting.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One candidate's invitation to one published paper. */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "paper_id", nullable = false, updatable = false)
    private long paperId;

    @Column(nullable = false, updatable = false, length = 64)
    private String token;

    @Column(name = "candidate_name", nullable = false, length = 100)
    private String candidateName;

    @Column(length = 200)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(long paperId, String token, String candidateName, String email, String phone, Instant opensAt,
                      Instant closesAt, int extraMinutes, long createdBy, Instant now) {
        this.paperId = paperId;
        this.token = token;
        this.candidateName = candidateName.strip();
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.extraMinutes = extraMinutes;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** A later close and/or more extra time; an attempt already started keeps its deadline. */
    public void extend(Instant newClosesAt, int newExtraMinutes) {
        if (newClosesAt.isAfter(opensAt)) {
            closesAt = newClosesAt;
        }
        extraMinutes = newExtraMinutes;
    }

    public boolean isOpenAt(Instant now) {
        return revokedAt == null && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getPaperId() {
        return paperId;
    }

    public String getToken() {
        return token;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getExtraMinutes() {
        return extraMinutes;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
