package com.kaoping.sitting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.kaoping.paper.PaperRuleException;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperStatus;
import com.kaoping.shared.NotFoundException;
import com.kaoping.sitting.internal.AttemptStore;
import com.kaoping.sitting.internal.Invitation;
import com.kaoping.sitting.internal.InvitationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR's side: inviting candidates to a published paper, following, revoking and extending invitations. */
@Service
public class InvitationService {

    public static final int MAX_PER_BATCH = 500;

    private final InvitationRepository invitations;
    private final PaperService papers;
    private final AttemptStore attempts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InvitationService(InvitationRepository invitations, PaperService papers, AttemptStore attempts, Clock clock) {
        this.invitations = invitations;
        this.papers = papers;
        this.attempts = attempts;
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
        Map<Long, AttemptRecords.AttemptInfo> started = attempts.infoByInvitation(paperId);
        Instant now = clock.instant();
        return invitations.findByPaperIdOrderByCreatedAtDescIdDesc(paperId).stream().map(i -> {
            AttemptRecords.AttemptInfo a = started.get(i.getId());
            InvitationState state = i.getRevokedAt() != null ? InvitationState.REVOKED
                    : a != null && a.submitted() ? InvitationState.SUBMITTED
                    : a != null ? InvitationState.IN_PROGRESS
                    : now.isBefore(i.getClosesAt()) ? InvitationState.NOT_STARTED : InvitationState.EXPIRED;
            return new InvitationView(i.getId(), i.getCandidateName(), i.getEmail(), i.getPhone(), i.getToken(),
                    i.getOpensAt(), i.getClosesAt(), i.getExtraMinutes(), state,
                    a == null ? null : a.startedAt(), a == null ? null : a.submittedAt(),
                    a == null ? null : a.focusLosses(), a == null ? null : a.pastes(),
                    a == null ? null : a.objectiveScore());
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
