package com.kaoping.grading;

import java.util.List;

import com.kaoping.grading.Scoreboard.Assignment;
import com.kaoping.grading.internal.PanelStore;
import com.kaoping.grading.internal.ScoreAudit;
import com.kaoping.shared.NotFoundException;
import com.kaoping.sitting.AttemptRecords;
import com.kaoping.sitting.AttemptRecords.AttemptInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see which attempt, and what of it: the grading queue, one attempt's scores, the
 * assignments and the audit trail. What a person is shown always goes through
 * {@link AttemptScore#seenBy}, so blind and independent grading hold on every page. Scoring is
 * {@link ScoreSheets}, settling {@link Settling}, the panels' setup {@link Panels}.
 */
@Service
public class GradingService {

    private final AttemptRecords records;
    private final Scoreboard scoreboard;
    private final PanelStore panels;
    private final ScoreAudit audit;

    GradingService(AttemptRecords records, Scoreboard scoreboard, PanelStore panels, ScoreAudit audit) {
        this.records = records;
        this.scoreboard = scoreboard;
        this.panels = panels;
        this.audit = audit;
    }

    /** The attempt's scores as this person may see them (panel member, HR or admin). */
    @Transactional(readOnly = true)
    public AttemptScore attempt(Actor actor, long attemptId) {
        return whole(actor, attemptId).seenBy(actor.userId());
    }

    /** The whole attempt, nothing hidden, for rules that weigh every mark; access is checked. */
    AttemptScore whole(Actor actor, long attemptId) {
        AttemptInfo attempt = records.attempt(attemptId).orElseThrow(() -> new NotFoundException("attempt", attemptId));
        // reading needs a current assignment: a grader taken off the panel after handing in (a
        // conflict of interest, someone who left) reads no more answers, though the scores they
        // handed in stay part of the result (changing those is HR's reopening, with a reason)
        if (!actor.seesAll() && !assignedTo(actor, attempt)) {
            throw new NotAssignedException();
        }
        AttemptScore score = scoreboard.of(attempt);
        if (!actor.seesAll() && !attempt.submitted()) {
            // graders read answers once they are handed in, not while the candidate is writing
            throw new GradingRuleException("grading.notSubmitted");
        }
        return score;
    }

    /**
     * The attempts in this person's queue, as they may see them: for an interviewer those of
     * their assignments, for HR and admin all. Optionally one paper only.
     */
    @Transactional(readOnly = true)
    public List<AttemptScore> queue(Actor actor, Long paperId) {
        List<Long> paperIds;
        List<Assignment> mine = List.of();
        if (actor.seesAll()) {
            paperIds = records.paperIdsWithAttempts();
        }
        else {
            mine = myAssignments(actor.userId());
            paperIds = mine.stream().map(Assignment::paperId).distinct().toList();
        }
        if (paperId != null) {
            paperIds = paperIds.stream().filter(paperId::equals).toList();
        }
        List<Assignment> assigned = mine;
        List<AttemptInfo> attempts = records.attemptsOfPapers(paperIds).stream()
                .filter(a -> actor.seesAll() || assigned.stream().anyMatch(x -> x.covers(a)))
                .toList();
        return scoreboard.of(attempts).stream().map(s -> s.seenBy(actor.userId())).toList();
    }

    /** The papers in this person's queue: all with attempts for HR and admin, else those assigned. */
    @Transactional(readOnly = true)
    public List<Long> queuePaperIds(Actor actor) {
        return actor.seesAll() ? records.paperIdsWithAttempts()
                : myAssignments(actor.userId()).stream().map(Assignment::paperId).distinct().toList();
    }

    /** The assignments of this grader. */
    @Transactional(readOnly = true)
    public List<Assignment> myAssignments(long graderId) {
        return panels.assignmentsOfGrader(graderId);
    }

    /** True when an assignment puts this person on the attempt's panel. */
    public boolean assignedTo(Actor actor, AttemptInfo attempt) {
        return scoreboard.assignments(List.of(attempt.paperId())).stream()
                .anyMatch(a -> a.graderId() == actor.userId() && a.covers(attempt));
    }

    /** True when this person leads a panel covering the attempt (or is HR): they settle differences. */
    public boolean canSettle(Actor actor, AttemptInfo attempt) {
        return actor.hr() || scoreboard.assignments(List.of(attempt.paperId())).stream()
                .anyMatch(a -> a.graderId() == actor.userId() && a.lead() && a.covers(attempt));
    }

    /** Changes to a paper's panel and policy, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> paperAudit(long paperId) {
        return audit.ofPaper(paperId);
    }

    /**
     * Every change to an attempt's scores, oldest first, as this person may see it: a panel
     * member whose sheet is not in yet sees only the changes to their own sheet and to the
     * automatic scores (the trail holds the other members' step scores).
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> audit(Actor actor, long attemptId) {
        return audit(actor, whole(actor, attemptId));
    }

    /**
     * The audit trail of an attempt this person has just read ({@link #attempt}, which checked
     * their access): its scores are not read a second time.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> audit(Actor actor, AttemptScore score) {
        List<AuditEntry> entries = audit.ofAttempt(score.attempt().id());
        if (!score.othersHiddenFrom(actor.userId())) {
            return entries;
        }
        return entries.stream().filter(e -> e.graderId() != null ? e.graderId() == actor.userId()
                : "OVERRIDE".equals(e.what())).toList();
    }
}
