package com.kaoping.grading;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import com.kaoping.account.AccountService;
import com.kaoping.account.Role;
import com.kaoping.grading.Scoreboard.Assignment;
import com.kaoping.grading.internal.PanelStore;
import com.kaoping.grading.internal.ScoreAudit;
import com.kaoping.shared.NotFoundException;
import com.kaoping.sitting.InvitationService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR sets up grading: who grades a paper (or one candidate), who leads, and the paper's policy. */
@Service
public class Panels {

    private final PanelStore panels;
    private final Scoreboard scoreboard;
    private final ScoreAudit audit;
    private final AccountService accounts;
    private final InvitationService invitations;
    private final Clock clock;

    Panels(PanelStore panels, Scoreboard scoreboard, ScoreAudit audit, AccountService accounts,
           InvitationService invitations, Clock clock) {
        this.panels = panels;
        this.scoreboard = scoreboard;
        this.audit = audit;
        this.accounts = accounts;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Transactional
    public void assign(Actor actor, long paperId, Long invitationId, Collection<Long> graderIds, boolean lead) {
        requireHr(actor);
        if (graderIds.isEmpty()) {
            throw new GradingRuleException("grading.assign.noGrader");
        }
        Set<Long> interviewers = new HashSet<>();
        accounts.list().stream().filter(a -> a.active() && a.roles().contains(Role.INTERVIEWER))
                .forEach(a -> interviewers.add(a.id()));
        if (!interviewers.containsAll(graderIds)) {
            throw new GradingRuleException("grading.assign.notInterviewer");
        }
        if (invitationId != null && !invitations.paperOf(invitationId).map(p -> p == paperId).orElse(false)) {
            throw new NotFoundException("invitation", invitationId);
        }
        Instant now = clock.instant();
        for (long grader : graderIds) {
            panels.assign(paperId, invitationId, grader, lead, actor.userId(), now);
            audit.paper(paperId, grader, "ASSIGN", null, scope(invitationId, lead), actor.userId());
        }
    }

    @Transactional
    public void unassign(Actor actor, long paperId, long assignmentId) {
        requireHr(actor);
        Assignment gone = panels.unassign(paperId, assignmentId)
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        audit.paper(paperId, gone.graderId(), "UNASSIGN", scope(gone.invitationId(), gone.lead()), null, actor.userId());
    }

    /** @param version the policy's version the form was built on (-1 when the paper had none yet) */
    @Transactional
    public void savePolicy(Actor actor, long paperId, Aggregation aggregation, int flagPercent, boolean blind,
                           long version) {
        requireHr(actor);
        if (flagPercent < 1 || flagPercent > 100) {
            throw new GradingRuleException("grading.policy.flagPercent.range");
        }
        GradingPolicy before = scoreboard.policy(paperId);
        if (!panels.savePolicy(paperId, aggregation, flagPercent, blind, version, actor.userId(), clock.instant())) {
            throw new OptimisticLockingFailureException("policy changed");
        }
        audit.paper(paperId, null, "POLICY", before.version() < 0 ? null : policyText(before),
                policyText(new GradingPolicy(paperId, aggregation, flagPercent, blind, 0)), actor.userId());
    }

    /** How a panel scope reads in the trail: "ALL" or "INVITATION 12", with " LEAD" for a lead. */
    private static String scope(Long invitationId, boolean lead) {
        return (invitationId == null ? "ALL" : "INVITATION " + invitationId) + (lead ? " LEAD" : "");
    }

    private static String policyText(GradingPolicy p) {
        return p.aggregation() + " " + p.flagPercent() + "%" + (p.blind() ? " BLIND" : "");
    }

    private static void requireHr(Actor actor) {
        if (!actor.hr()) {
            throw new AccessDeniedException("HR only");
        }
    }
}
