package com.kaoping.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.kaoping.grading.AttemptScore.QuestionScore;
import com.kaoping.grading.internal.GradingSheet;
import com.kaoping.grading.internal.GradingSheetRepository;
import com.kaoping.grading.internal.ScoreAudit;
import com.kaoping.grading.internal.Settlement;
import com.kaoping.grading.internal.SettlementRepository;
import com.kaoping.shared.NotFoundException;
import com.kaoping.shared.Numbers;
import com.kaoping.shared.Points;
import com.kaoping.shared.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final word on a question: a panel member or HR overrides an automatic score, the panel
 * lead or HR settles a panel's difference step by step, HR reopens a handed-in sheet. Each with
 * a reason, each in the audit trail.
 */
@Service
public class Settling {

    public static final int REASON_MAX = 2000;

    private final GradingService grading;
    private final GradingSheetRepository sheets;
    private final SettlementRepository settlements;
    private final ScoreAudit audit;
    private final java.time.Clock clock;

    Settling(GradingService grading, GradingSheetRepository sheets, SettlementRepository settlements, ScoreAudit audit,
             java.time.Clock clock) {
        this.grading = grading;
        this.sheets = sheets;
        this.settlements = settlements;
        this.audit = audit;
        this.clock = clock;
    }

    /** A panel member (until they hand in) or HR overrides the automatic score of an objective question, with a reason. */
    @Transactional
    public void override(Actor actor, long attemptId, int position, String typedScore, String reason, Long version) {
        sheets.lockAllOf(attemptId);
        AttemptScore score = submitted(grading.whole(actor, attemptId));
        boolean onPanel = grading.assignedTo(actor, score.attempt());
        if (!actor.hr() && !onPanel) {
            throw new NotAssignedException();
        }
        if (!actor.hr() && Boolean.TRUE.equals(score.sheetsComplete().get(actor.userId()))) {
            throw new GradingRuleException("grading.sheet.complete");
        }
        QuestionScore question = question(score, position);
        if (!question.objective()) {
            throw new GradingRuleException("grading.override.onlyObjective");
        }
        BigDecimal value = parseScore(typedScore, question.points());
        settle(attemptId, position, Settlement.Kind.OVERRIDE, value, Map.of(), reason(reason), version,
                question.finalScore(), actor.userId());
    }

    /**
     * The panel lead or HR settles a question scored by the panel, step by step, with a reason.
     * Whoever sits on the panel settles only after handing in their own sheet, HR included: they
     * score independently first.
     */
    @Transactional
    public void reconcile(Actor actor, long attemptId, int position, List<String> typedSteps, String reason,
                          Long version) {
        // the sheets first: a reopen racing this settlement either waits for it (and removes it)
        // or goes first (and this reads the sheet open again)
        sheets.lockAllOf(attemptId);
        AttemptScore score = submitted(grading.whole(actor, attemptId));
        if (!grading.canSettle(actor, score.attempt())) {
            throw new NotAssignedException("grading.notLead");
        }
        if (score.othersHiddenFrom(actor.userId())) {
            throw new GradingRuleException("grading.reconcile.handInFirst");
        }
        QuestionScore question = question(score, position);
        if (question.objective()) {
            throw new GradingRuleException("grading.reconcile.onlySubjective");
        }
        if (!question.needsSettling() && question.settled() == null) {
            throw new GradingRuleException("grading.reconcile.nothingToSettle");
        }
        if (typedSteps.size() != question.steps().size()) {
            throw new GradingRuleException("grading.steps.mismatch");
        }
        Map<Integer, BigDecimal> steps = new TreeMap<>();
        for (int i = 0; i < typedSteps.size(); i++) {
            steps.put(i, parseScore(typedSteps.get(i), question.steps().get(i).max()));
        }
        BigDecimal computed = ScoreRules.questionScore(question.content(), new ArrayList<>(steps.values()),
                question.points());
        settle(attemptId, position, Settlement.Kind.RECONCILED, computed, steps, reason(reason), version,
                question.finalScore(), actor.userId());
    }

    /** HR reopens a handed-in sheet, with a reason; the panel's settlements no longer hold. */
    @Transactional
    public void reopen(Actor actor, long attemptId, long graderId, String reason) {
        if (!actor.hr()) {
            throw new AccessDeniedException("HR only");
        }
        String why = reason(reason);
        GradingSheet sheet = sheets.lockOf(attemptId, graderId).orElseThrow(() -> new NotFoundException("sheet", attemptId));
        sheet.reopen();
        audit.attempt(attemptId, null, null, graderId, "REOPEN", null, null, why, actor.userId());
        // a settlement was made on the scores as they were: once a sheet is open again it no
        // longer holds; the question is settled again after the new hand-in
        for (Settlement s : settlements.findByAttemptIdIn(List.of(attemptId))) {
            if (s.getKind() == Settlement.Kind.RECONCILED) {
                audit.attempt(attemptId, s.getPosition(), null, null, "UNSETTLED", Points.plain(s.getScore()), null, why,
                        actor.userId());
                settlements.delete(s);
            }
        }
    }

    private void settle(long attemptId, int position, Settlement.Kind kind, BigDecimal score,
                        Map<Integer, BigDecimal> steps, String reason, Long version, BigDecimal previous, long actor) {
        Settlement settlement = settlements.findByAttemptIdAndPosition(attemptId, position).orElse(null);
        if (settlement == null ? version != null : !Objects.equals(version, settlement.getVersion())) {
            throw new OptimisticLockingFailureException("settlement changed");
        }
        if (settlement == null) {
            settlement = new Settlement(attemptId, position, kind);
        }
        Map<Integer, BigDecimal> before = settlement.getSteps();
        for (Map.Entry<Integer, BigDecimal> step : steps.entrySet()) {
            BigDecimal was = before.get(step.getKey());
            if (was == null || was.compareTo(step.getValue()) != 0) {
                audit.attempt(attemptId, position, step.getKey(), null, "RECONCILED_STEP", Points.plain(was),
                        Points.plain(step.getValue()), null, actor);
            }
        }
        settlement.settle(score, steps, reason, actor, clock.instant());
        try {
            settlements.saveAndFlush(settlement);
        }
        catch (DataIntegrityViolationException e) {
            throw new OptimisticLockingFailureException("settled concurrently", e);
        }
        audit.attempt(attemptId, position, null, null, kind.name(), Points.plain(previous), Points.plain(score), reason,
                actor);
    }

    private static AttemptScore submitted(AttemptScore score) {
        if (!score.attempt().submitted()) {
            throw new GradingRuleException("grading.notSubmitted");
        }
        return score;
    }

    private static QuestionScore question(AttemptScore score, int position) {
        return score.questions().stream().filter(q -> q.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("question", position));
    }

    private static BigDecimal parseScore(String typed, BigDecimal max) {
        BigDecimal value;
        try {
            value = Numbers.parseDecimal(typed);
        }
        catch (IllegalArgumentException e) {
            throw new GradingRuleException("grading.score.notNumber");
        }
        if (value == null) {
            throw new GradingRuleException("grading.score.required");
        }
        String error = ScoreRules.stepError(value, max);
        if (error != null) {
            throw new GradingRuleException(error, Points.plain(max));
        }
        return Points.normalize(value);
    }

    private static String reason(String reason) {
        String why = Texts.clean(reason);
        if (why == null || why.isBlank()) {
            throw new GradingRuleException("grading.reason.required");
        }
        if (why.length() > REASON_MAX) {
            throw new GradingRuleException("grading.reason.tooLong", REASON_MAX);
        }
        return why;
    }
}
