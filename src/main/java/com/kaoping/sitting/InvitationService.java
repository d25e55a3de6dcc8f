package com.kaoping.sitting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaoping.paper.PaperRuleException;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperStatus;
import com.kaoping.shared.NotFoundException;
import com.kaoping.sitting.internal.Invitation;
import com.kaoping.sitting.internal.InvitationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR's side: inviting candidates to a published paper, following, revoking and extending invitations. */
@Service
public class InvitationService {

    public static final int MAX_PER_BATCH = 500;

    private final InvitationRepository invitations;
    private final PaperService papers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InvitationService(InvitationRepository invitations, PaperService papers, JdbcClient jdbc, Clock clock) {
        this.invitations = invitations;
        this.papers = papers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One candidate to invite. */
    public record Candidate(String name, String email, String phone) {
    }

    /** An invitation as HR's list shows it. */
    public record InvitationView(long id, String candidateName, String email, String phone, String token,
                                 Instant opensAt, Instant closesAt, int extraMinutes, InvitationState state,
                                 Instant startedAt, Instant submittedAt, Integer focusLosses, Integer pastes,
                                 java.math.BigDecimal objectiveScore) {
    }

    /** Invites every candidate in one transaction: all or none. */
    @Transactional
    public List<Long> invite(long paperId, List<Candidate> candidates, Instant opensAt, Instant closesAt,
                             int extraMinutes, long actor) {
        if (papers.detail(paperId).status() != PaperStatus.PUBLISHED) {
            throw new PaperRuleException("paper.notPublished");
        }
        if (candidates.isEmpty() || candidates.size() > MAX_PER_BATCH) {
            throw new PaperRuleException("invite.count", MAX_PER_BATCH);
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new PaperRuleException("invite.window");
        }
        if (extraMinutes < 0 || extraMinutes > 600) {
            throw new PaperRuleException("invite.extra");
        }
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (Candidate c : candidates) {
            ids.add(invitations.save(new Invitation(paperId, newToken(), c.name(), c.email(), c.phone(), opensAt,
                    closesAt, extraMinutes, actor, now)).getId());
        }
        return ids;
    }

    @Transactional(readOnly = true)
    public List<InvitationView> list(long paperId) {
        Map<Long, Object[]> attempts = new HashMap<>();
        jdbc.sql("""
                select a.invitation_id, a.started_at, a.submitted_at, a.focus_losses, a.pastes, a.objective_score
                from attempt a join invitation i on i.id = a.invitation_id where i.paper_id = ?""").param(paperId)
                .query((rs, n) -> attempts.put(rs.getLong(1), new Object[] {rs.getTimestamp(2), rs.getTimestamp(3),
                        rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6)})).list();
        Instant now = clock.instant();
        return invitations.findByPaperIdOrderByCreatedAtDescIdDesc(paperId).stream().map(i -> {
            Object[] a = attempts.get(i.getId());
            java.sql.Timestamp started = a == null ? null : (java.sql.Timestamp) a[0];
            java.sql.Timestamp submitted = a == null ? null : (java.sql.Timestamp) a[1];
            InvitationState state = i.getRevokedAt() != null ? InvitationState.REVOKED
                    : submitted != null ? InvitationState.SUBMITTED
                    : started != null ? InvitationState.IN_PROGRESS
                    : now.isBefore(i.getClosesAt()) ? InvitationState.NOT_STARTED : InvitationState.EXPIRED;
            return new InvitationView(i.getId(), i.getCandidateName(), i.getEmail(), i.getPhone(), i.getToken(),
                    i.getOpensAt(), i.getClosesAt(), i.getExtraMinutes(), state,
                    started == null ? null : started.toInstant(), submitted == null ? null : submitted.toInstant(),
                    a == null ? null : (Integer) a[2], a == null ? null : (Integer) a[3],
                    a == null ? null : (java.math.BigDecimal) a[4]);
        }).toList();
    }

    /** The paper an invitation is for. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> paperOf(long invitationId) {
        return invitations.findById(invitationId).map(Invitation::getPaperId);
    }

    @Transactional
    public void revoke(long paperId, long invitationId) {
        find(paperId, invitationId).revoke(clock.instant());
    }

    @Transactional
    public void extend(long paperId, long invitationId, Instant closesAt, int extraMinutes) {
        Invitation invitation = find(paperId, invitationId);
        if (!closesAt.isAfter(invitation.getOpensAt())) {
            throw new PaperRuleException("invite.window");
        }
        if (extraMinutes < 0 || extraMinutes > 600) {
            throw new PaperRuleException("invite.extra");
        }
        invitation.extend(closesAt, extraMinutes);
    }

    private Invitation find(long paperId, long invitationId) {
        Invitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new NotFoundException("invitation", invitationId));
        if (invitation.getPaperId() != paperId) {
            throw new NotFoundException("invitation", invitationId);
        }
        return invitation;
    }

    /** 256 random bits, URL-safe: not guessable, not enumerable. */
    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
