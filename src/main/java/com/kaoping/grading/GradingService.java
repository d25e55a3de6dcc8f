package com.kaoping.grading;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.kaoping.grading.AttemptScore.QuestionScore;
import com.kaoping.grading.AttemptScore.RubricLine;
import com.kaoping.grading.Scoreboard.Assignment;
import com.kaoping.grading.internal.Grade;
import com.kaoping.grading.internal.GradeRepository;
import com.kaoping.grading.internal.GradingSheet;
import com.kaoping.grading.internal.GradingSheetRepository;
import com.kaoping.grading.internal.Settlement;
import com.kaoping.grading.internal.SettlementRepository;
import com.kaoping.grading.internal.StepMark;
import com.kaoping.shared.NotFoundException;
import com.kaoping.shared.Numbers;
import com.kaoping.shared.Points;
import com.kaoping.shared.Texts;
import com.kaoping.sitting.AttemptRecords;
import com.kaoping.sitting.AttemptRecords.AttemptInfo;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What graders, panel leads and HR do: score steps, hand in a sheet, override an automatic
 * score, settle a panel's difference, reopen a sheet, assign graders and set a paper's policy.
 * Every score change is written to the audit trail in the same transaction as the change.
 */
@Service
public class GradingService {

    public static final int COMMENT_MAX = 4000;
    public static final int STEP_COMMENT_MAX = 2000;
    public static final int NOTES_MAX = 20_000;
    public static final int REASON_MAX = 2000;

    private final AttemptRecords records;
    private final Scoreboard scoreboard;
    private final GradingSheetRepository sheets;
    private final GradeRepository grades;
    private final SettlementRepository settlements;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final com.kaoping.account.AccountService accounts;
    private final com.kaoping.sitting.InvitationService invitations;

    GradingService(AttemptRecords records, Scoreboard scoreboard, GradingSheetRepository sheets, GradeRepository grades,
                   SettlementRepository settlements, JdbcClient jdbc, Clock clock,
                   com.kaoping.account.AccountService accounts,
                   com.kaoping.sitting.InvitationService invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.records = records;
        this.scoreboard = scoreboard;
        this.sheets = sheets;
        this.grades = grades;
        this.settlements = settlements;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Who is acting: HR and admin see everything; only HR settles, overrides outside a panel and
     * reopens; an interviewer sees only what is assigned to them.
     */
    public record Actor(long userId, boolean hr, boolean admin) {

        public Actor(long userId, boolean hr) {
            this(userId, hr, false);
        }

        public boolean seesAll() {
            return hr || admin;
        }
    }

    /** What the step fields said, as typed (kept for the page when something is refused). */
    public record StepInput(String score, String comment) {
    }

    /**
     * The result of a save.
     *
     * @param stepErrors message keys by step index; nothing was saved when not empty
     * @param conflict another tab or grader saved first: nothing was saved
     */
    public record SaveOutcome(boolean saved, Map<Integer, String> stepErrors, String error, boolean conflict,
                              long version, BigDecimal questionScore) {
    }

    // ---- reading ----

    /** The attempt's scores, if this person may see it (panel member or HR). */
    @Transactional(readOnly = true)
    public AttemptScore attempt(Actor actor, long attemptId) {
        AttemptInfo attempt = records.attempt(attemptId).orElseThrow(() -> new NotFoundException("attempt", attemptId));
        AttemptScore score = scoreboard.of(attempt);
        if (!actor.seesAll() && !score.panel().contains(actor.userId())) {
            throw new NotAssignedException();
        }
        if (!actor.seesAll() && !attempt.submitted()) {
            // graders read answers once they are handed in, not while the candidate is writing
            throw new GradingRuleException("grading.notSubmitted");
        }
        return score;
    }

    /**
     * The attempts in this person's queue: for an interviewer those of their assignments, for HR
     * all. Optionally one paper only.
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
        return scoreboard.of(attempts);
    }

    /** The papers in this person's queue: all with attempts for HR and admin, else those assigned. */
    @Transactional(readOnly = true)
    public List<Long> queuePaperIds(Actor actor) {
        return actor.seesAll() ? records.paperIdsWithAttempts()
                : myAssignments(actor.userId()).stream().map(Assignment::paperId).distinct().toList();
    }

    /** The papers assigned to this grader (for HR: all with attempts), by id. */
    @Transactional(readOnly = true)
    public List<Assignment> myAssignments(long graderId) {
        return jdbc.sql("select id, paper_id, invitation_id, grader_id, lead from grading_assignment where grader_id = ?")
                .param(graderId)
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
                        rs.getLong(4), rs.getBoolean(5))).list();
    }

    /** True when this person leads a panel covering the attempt (or is HR): they settle differences. */
    public boolean canSettle(Actor actor, AttemptInfo attempt) {
        return actor.hr() || scoreboard.assignments(List.of(attempt.paperId())).stream()
                .anyMatch(a -> a.graderId() == actor.userId() && a.lead() && a.covers(attempt));
    }

    /** Changes to a paper's panel and policy, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> paperAudit(long paperId) {
        return jdbc.sql("""
                select null, null, grader_id, what, old_value, new_value, reason, changed_by, changed_at
                from score_audit where paper_id = ? and attempt_id is null order by changed_at desc, id desc""")
                .param(paperId)
                .query((rs, n) -> new AuditEntry(null, null, (Long) rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
                        rs.getTimestamp(9).toInstant())).list();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> audit(long attemptId) {
        return jdbc.sql("""
                select position, step, grader_id, what, old_value, new_value, reason, changed_by, changed_at
                from score_audit where attempt_id = ? order by changed_at, id""").param(attemptId)
                .query((rs, n) -> new AuditEntry((Integer) rs.getObject(1, Integer.class),
                        (Integer) rs.getObject(2, Integer.class), (Long) rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
                        rs.getTimestamp(9).toInstant())).list();
    }

    /** One line of the audit trail; position and step are 0-based, null where they do not apply. */
    public record AuditEntry(Integer position, Integer step, Long graderId, String what, String oldValue,
                             String newValue, String reason, long changedBy, Instant changedAt) {
    }

    // ---- grading ----

    /**
     * Saves one grader's step scores for one question. Refused (nothing saved) when a score is
     * out of range or not in half points, when the grader is not on the attempt's panel, when
     * the attempt is not handed in, when the sheet is complete, or when {@code version} is not
     * the stored one (a second tab or a stale page).
     *
     * @param version the grade's version the page was built on; null when it had no grade yet
     */
    @Transactional
    public SaveOutcome save(Actor actor, long attemptId, int position, Long version, List<StepInput> steps,
                            String comment, String notes) {
        AttemptScore score = gradeable(actor, attemptId);
        QuestionScore question = question(score, position);
        if (question.objective()) {
            throw new GradingRuleException("grading.objective.noSteps");
        }
        List<RubricLine> lines = question.steps();
        if (steps.size() != lines.size()) {
            throw new GradingRuleException("grading.steps.mismatch");
        }
        String cleanComment = Texts.clean(comment);
        String cleanNotes = Texts.clean(notes);
        if (cleanComment != null && cleanComment.length() > COMMENT_MAX) {
            return refused("grading.comment.tooLong", version);
        }
        if (cleanNotes != null && cleanNotes.length() > NOTES_MAX) {
            return refused("grading.notes.tooLong", version);
        }
        Map<Integer, String> errors = new TreeMap<>();
        Map<Integer, StepMark> marks = new TreeMap<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            StepInput input = steps.get(i);
            BigDecimal value;
            try {
                value = Numbers.parseDecimal(input.score());
            }
            catch (IllegalArgumentException e) {
                errors.put(i, "grading.score.notNumber");
                continue;
            }
            String error = ScoreRules.stepError(value, lines.get(i).max());
            String stepComment = Texts.clean(input.comment());
            if (error == null && stepComment != null && stepComment.length() > STEP_COMMENT_MAX) {
                error = "grading.stepComment.tooLong";
            }
            if (error != null) {
                errors.put(i, error);
                continue;
            }
            values.add(value);
            if (value != null || stepComment != null) {
                marks.put(i, new StepMark(value == null ? null : Points.normalize(value), stepComment));
            }
        }
        if (!errors.isEmpty()) {
            return new SaveOutcome(false, errors, "grading.save.fix", false, version == null ? -1 : version, null);
        }
        GradingSheet sheet = sheetFor(attemptId, actor.userId());
        if (sheet.isComplete()) {
            throw new GradingRuleException("grading.sheet.complete");
        }
        Grade grade = grades.findBySheetIdAndPosition(sheet.getId(), position).orElse(null);
        if (grade == null ? version != null : !Objects.equals(version, grade.getVersion())) {
            return new SaveOutcome(false, Map.of(), "grading.save.conflict", true, grade == null ? -1 : grade.getVersion(),
                    grade == null ? null : grade.getScore());
        }
        Instant now = clock.instant();
        if (grade == null) {
            grade = new Grade(sheet.getId(), position, now);
        }
        BigDecimal computed = ScoreRules.questionScore(values, Scoreboard.rubricTotal(lines), question.points());
        auditChanges(attemptId, position, actor.userId(), grade, marks, computed, cleanComment, now);
        grade.record(marks, computed, cleanComment, cleanNotes, now);
        try {
            grade = grades.saveAndFlush(grade);
        }
        catch (DataIntegrityViolationException e) {
            // the same grader's other tab created this grade a moment ago
            throw new org.springframework.dao.OptimisticLockingFailureException("grade created concurrently", e);
        }
        return new SaveOutcome(true, Map.of(), null, false, grade.getVersion(), computed);
    }

    /** Hands in this grader's sheet: every rubric question must have a score. */
    @Transactional
    public void complete(Actor actor, long attemptId) {
        gradeable(actor, attemptId);
        // the sheet's row lock makes a save of this grader wait (or this wait for it): what is
        // counted below is what is handed in
        GradingSheet sheet = sheetFor(attemptId, actor.userId());
        AttemptScore score = scoreboard.of(records.attempt(attemptId).orElseThrow());
        long missing = score.questions().stream().filter(q -> !q.objective())
                .filter(q -> !q.scoredBy(actor.userId())).count();
        if (missing > 0) {
            throw new GradingRuleException("grading.complete.unfinished", missing);
        }
        sheet.complete(clock.instant());
        audit(attemptId, null, null, actor.userId(), "COMPLETE", null, null, null, actor.userId());
    }

    /** HR reopens a handed-in sheet, with a reason. */
    @Transactional
    public void reopen(Actor actor, long attemptId, long graderId, String reason) {
        requireHr(actor);
        String why = reason(reason);
        GradingSheet sheet = sheets.findByAttemptIdAndGraderId(attemptId, graderId)
                .orElseThrow(() -> new NotFoundException("sheet", attemptId));
        sheet.reopen();
        audit(attemptId, null, null, graderId, "REOPEN", null, null, why, actor.userId());
        // a settlement was made on the scores as they were: once a sheet is open again it no
        // longer holds; the question is settled again after the new hand-in
        for (Settlement s : settlements.findByAttemptIdIn(List.of(attemptId))) {
            if (s.getKind() == Settlement.Kind.RECONCILED) {
                audit(attemptId, s.getPosition(), null, null, "UNSETTLED", Points.plain(s.getScore()), null, why, actor.userId());
                settlements.delete(s);
            }
        }
    }

    /** A panel member or HR overrides the automatic score of an objective question, with a reason. */
    @Transactional
    public void override(Actor actor, long attemptId, int position, String typedScore, String reason, Long version) {
        AttemptScore score = actor.hr() ? submitted(attempt(actor, attemptId)) : gradeable(actor, attemptId);
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

    /** The panel lead or HR settles a question scored by the panel, step by step, with a reason. */
    @Transactional
    public void reconcile(Actor actor, long attemptId, int position, List<String> typedSteps, String reason,
                          Long version) {
        AttemptScore score = submitted(attempt(actor, attemptId));
        if (!canSettle(actor, score.attempt())) {
            throw new NotAssignedException("grading.notLead");
        }
        if (!actor.hr() && !Boolean.TRUE.equals(score.sheetsComplete().get(actor.userId()))) {
            // a lead settles as a panel member who has scored independently first
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
            BigDecimal value = parseScore(typedSteps.get(i), question.steps().get(i).max());
            steps.put(i, value);
        }
        BigDecimal computed = ScoreRules.questionScore(new ArrayList<>(steps.values()),
                Scoreboard.rubricTotal(question.steps()), question.points());
        settle(attemptId, position, Settlement.Kind.RECONCILED, computed, steps, reason(reason), version,
                question.finalScore(), actor.userId());
    }

    // ---- assignments and policy (HR) ----

    @Transactional
    public void assign(Actor actor, long paperId, Long invitationId, Collection<Long> graderIds, boolean lead) {
        requireHr(actor);
        if (graderIds.isEmpty()) {
            throw new GradingRuleException("grading.assign.noGrader");
        }
        java.util.Set<Long> interviewers = new java.util.HashSet<>();
        accounts.list().stream().filter(a -> a.active() && a.roles().contains(com.kaoping.account.Role.INTERVIEWER))
                .forEach(a -> interviewers.add(a.id()));
        if (!interviewers.containsAll(graderIds)) {
            throw new GradingRuleException("grading.assign.notInterviewer");
        }
        if (invitationId != null) {
            if (!invitations.paperOf(invitationId).map(p -> p == paperId).orElse(false)) {
                throw new NotFoundException("invitation", invitationId);
            }
        }
        Instant now = clock.instant();
        for (long grader : graderIds) {
            jdbc.sql("""
                    insert into grading_assignment (paper_id, invitation_id, grader_id, lead, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (paper_id, coalesce(invitation_id, 0), grader_id) do update set lead = excluded.lead""")
                    .params(paperId, invitationId, grader, lead, actor.userId(), Timestamp.from(now)).update();
            paperAudit(paperId, grader, "ASSIGN", null, scope(invitationId, lead), actor.userId());
        }
    }

    @Transactional
    public void unassign(Actor actor, long paperId, long assignmentId) {
        requireHr(actor);
        List<Assignment> removed = jdbc.sql("""
                delete from grading_assignment where id = ? and paper_id = ?
                returning id, paper_id, invitation_id, grader_id, lead""").params(assignmentId, paperId)
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
                        rs.getLong(4), rs.getBoolean(5))).list();
        if (removed.isEmpty()) {
            throw new NotFoundException("assignment", assignmentId);
        }
        Assignment gone = removed.get(0);
        paperAudit(paperId, gone.graderId(), "UNASSIGN", scope(gone.invitationId(), gone.lead()), null, actor.userId());
    }

    /** @param version the policy's version the form was built on (-1 when the paper had none yet) */
    @Transactional
    public void savePolicy(Actor actor, long paperId, Aggregation aggregation, int flagPercent, boolean blind,
                           long version) {
        requireHr(actor);
        if (flagPercent < 1 || flagPercent > 100) {
            throw new GradingRuleException("grading.policy.flagPercent.range");
        }
        Timestamp now = Timestamp.from(clock.instant());
        GradingPolicy previous = scoreboard.policy(paperId);
        int changed = version < 0
                ? jdbc.sql("""
                        insert into grading_policy (paper_id, aggregation, flag_percent, blind, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (paper_id) do nothing""")
                        .params(paperId, aggregation.name(), flagPercent, blind, actor.userId(), now).update()
                : jdbc.sql("""
                        update grading_policy set aggregation = ?, flag_percent = ?, blind = ?, updated_by = ?,
                               updated_at = ?, version = version + 1
                        where paper_id = ? and version = ?""")
                        .params(aggregation.name(), flagPercent, blind, actor.userId(), now, paperId, version).update();
        if (changed == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException("policy changed");
        }
        GradingPolicy before = previous;
        paperAudit(paperId, null, "POLICY", before.version() < 0 ? null : policyText(before),
                policyText(new GradingPolicy(paperId, aggregation, flagPercent, blind, 0)), actor.userId());
    }

    // ---- internals ----

    private AttemptScore gradeable(Actor actor, long attemptId) {
        AttemptInfo attempt = records.attempt(attemptId).orElseThrow(() -> new NotFoundException("attempt", attemptId));
        AttemptScore score = scoreboard.of(attempt);
        boolean assigned = scoreboard.assignments(List.of(attempt.paperId())).stream()
                .anyMatch(a -> a.graderId() == actor.userId() && a.covers(attempt));
        if (!assigned) {
            throw new NotAssignedException();
        }
        return submitted(score);
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

    private GradingSheet sheetFor(long attemptId, long graderId) {
        jdbc.sql("""
                insert into grading_sheet (attempt_id, grader_id, created_at) values (?, ?, ?)
                on conflict (attempt_id, grader_id) do nothing""")
                .params(attemptId, graderId, Timestamp.from(clock.instant())).update();
        jdbc.sql("select id from grading_sheet where attempt_id = ? and grader_id = ? for update")
                .params(attemptId, graderId).query(Long.class).single();
        return sheets.findByAttemptIdAndGraderId(attemptId, graderId).orElseThrow();
    }

    private void settle(long attemptId, int position, Settlement.Kind kind, BigDecimal score,
                        Map<Integer, BigDecimal> steps, String reason, Long version, BigDecimal previous, long actor) {
        Settlement settlement = settlements.findByAttemptIdAndPosition(attemptId, position).orElse(null);
        if (settlement == null ? version != null : !Objects.equals(version, settlement.getVersion())) {
            throw new org.springframework.dao.OptimisticLockingFailureException("settlement changed");
        }
        if (settlement == null) {
            settlement = new Settlement(attemptId, position, kind);
        }
        Map<Integer, BigDecimal> before = settlement.getSteps();
        for (Map.Entry<Integer, BigDecimal> step : steps.entrySet()) {
            BigDecimal was = before.get(step.getKey());
            if (was == null || was.compareTo(step.getValue()) != 0) {
                audit(attemptId, position, step.getKey(), null, "RECONCILED_STEP", Points.plain(was), Points.plain(step.getValue()),
                        null, actor);
            }
        }
        settlement.settle(score, steps, reason, actor, clock.instant());
        try {
            settlements.saveAndFlush(settlement);
        }
        catch (DataIntegrityViolationException e) {
            throw new org.springframework.dao.OptimisticLockingFailureException("settled concurrently", e);
        }
        audit(attemptId, position, null, null, kind.name(), Points.plain(previous), Points.plain(score), reason, actor);
    }

    private void auditChanges(long attemptId, int position, long grader, Grade grade, Map<Integer, StepMark> marks,
                              BigDecimal computed, String comment, Instant now) {
        Map<Integer, StepMark> old = grade.getSteps();
        java.util.Set<Integer> steps = new java.util.TreeSet<>(old.keySet());
        steps.addAll(marks.keySet());
        for (int step : steps) {
            StepMark before = old.get(step);
            StepMark after = marks.get(step);
            BigDecimal b = before == null ? null : before.getScore();
            BigDecimal a = after == null ? null : after.getScore();
            if (b == null ? a != null : a == null || b.compareTo(a) != 0) {
                audit(attemptId, position, step, grader, "STEP", Points.plain(b), Points.plain(a), null, grader);
            }
            String bc = before == null ? null : before.getComment();
            String ac = after == null ? null : after.getComment();
            if (!Objects.equals(bc, ac)) {
                audit(attemptId, position, step, grader, "STEP_COMMENT", bc, ac, null, grader);
            }
        }
        if (!Objects.equals(grade.getComment(), comment)) {
            audit(attemptId, position, null, grader, "COMMENT", grade.getComment(), comment, null, grader);
        }
        BigDecimal oldScore = grade.getScore();
        if (oldScore == null ? computed != null : computed == null || oldScore.compareTo(computed) != 0) {
            audit(attemptId, position, null, grader, "SCORE", Points.plain(oldScore), Points.plain(computed), null, grader);
        }
    }

    private void audit(long attemptId, Integer position, Integer step, Long grader, String what, String oldValue,
                       String newValue, String reason, long actor) {
        jdbc.sql("""
                insert into score_audit (attempt_id, position, step, grader_id, what, old_value, new_value, reason,
                                         changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(attemptId, position, step, grader, what, oldValue, newValue, reason, actor,
                        Timestamp.from(clock.instant())).update();
    }

    private void paperAudit(long paperId, Long grader, String what, String oldValue, String newValue, long actor) {
        jdbc.sql("""
                insert into score_audit (paper_id, grader_id, what, old_value, new_value, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(paperId, grader, what, oldValue, newValue, actor, Timestamp.from(clock.instant())).update();
    }

    /** How a panel scope reads in the trail: "ALL" or "INVITATION 12", with " LEAD" for a lead. */
    private static String scope(Long invitationId, boolean lead) {
        return (invitationId == null ? "ALL" : "INVITATION " + invitationId) + (lead ? " LEAD" : "");
    }

    private static String policyText(GradingPolicy p) {
        return p.aggregation() + " " + p.flagPercent() + "%" + (p.blind() ? " BLIND" : "");
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

    private static void requireHr(Actor actor) {
        if (!actor.hr()) {
            throw new AccessDeniedException("HR only");
        }
    }

    private static SaveOutcome refused(String key, Long version) {
        return new SaveOutcome(false, Map.of(), key, false, version == null ? -1 : version, null);
    }

}
