package com.kaoping.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.kaoping.grading.AttemptScore.RubricLine;
import com.kaoping.grading.internal.Grade;
import com.kaoping.grading.internal.GradeRepository;
import com.kaoping.grading.internal.GradingSheet;
import com.kaoping.grading.internal.GradingSheetRepository;
import com.kaoping.grading.internal.PanelStore;
import com.kaoping.grading.internal.ScoreAudit;
import com.kaoping.grading.internal.StepMark;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.shared.NotFoundException;
import com.kaoping.shared.Numbers;
import com.kaoping.shared.Points;
import com.kaoping.shared.Texts;
import com.kaoping.sitting.AttemptRecords;
import com.kaoping.sitting.AttemptRecords.AnsweredQuestion;
import com.kaoping.sitting.AttemptRecords.AttemptInfo;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A panel member's own sheet: scoring a question step by step, and handing the sheet in.
 * Each locks the grader's sheet before it reads any score, so a step save and a hand-in (two
 * tabs of one grader) take turns and the second reads what the first left. A step
 * save reads only the question it scores; what the page shows afterwards is built once, by the
 * caller ({@link GradingService#attempt}).
 */
@Service
public class ScoreSheets {

    public static final int COMMENT_MAX = 4000;
    public static final int STEP_COMMENT_MAX = 2000;
    public static final int NOTES_MAX = 20_000;

    private final AttemptRecords records;
    private final QuestionBank bank;
    private final Scoreboard scoreboard;
    private final PanelStore panels;
    private final GradingSheetRepository sheets;
    private final GradeRepository grades;
    private final ScoreAudit audit;
    private final Clock clock;

    ScoreSheets(AttemptRecords records, QuestionBank bank, Scoreboard scoreboard, PanelStore panels,
                GradingSheetRepository sheets, GradeRepository grades, ScoreAudit audit, Clock clock) {
        this.records = records;
        this.bank = bank;
        this.scoreboard = scoreboard;
        this.panels = panels;
        this.sheets = sheets;
        this.grades = grades;
        this.audit = audit;
        this.clock = clock;
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

    /**
     * Saves one grader's step scores for one question. Refused (nothing saved) when a score is
     * out of range or not in half points, when the grader is not on the attempt's panel, when
     * the attempt is not handed in, when the sheet is handed in, or when {@code version} is not
     * the stored one (a second tab or a stale page).
     *
     * @param version the grade's version the page was built on; null when it had no grade yet
     */
    @Transactional
    public SaveOutcome save(Actor actor, long attemptId, int position, Long version, List<StepInput> steps,
                            String comment, String notes) {
        AttemptInfo attempt = gradeable(actor, attemptId);
        // the question, its points and rubric are frozen with the attempt: read before the lock
        AnsweredQuestion answer = records.answers(attemptId).stream().filter(a -> a.position() == position)
                .findFirst().orElseThrow(() -> new NotFoundException("question", position));
        QuestionContent content = bank.revisions(List.of(answer.question())).get(answer.question());
        if (!content.kind().isRubricScored()) {
            throw new GradingRuleException("grading.objective.noSteps");
        }
        List<RubricLine> lines = Scoreboard.rubricLines(content, answer.points());
        if (steps.size() != lines.size()) {
            throw new GradingRuleException("grading.steps.mismatch");
        }
        String cleanComment = text(comment);
        String cleanNotes = text(notes);
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
            String stepComment = text(input.comment());
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
        GradingSheet sheet = lockedSheet(attemptId, actor.userId());
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
        BigDecimal computed = ScoreRules.questionScore(content, values, answer.points());
        auditChanges(attempt.id(), position, actor.userId(), grade, marks, computed, cleanComment);
        grade.record(marks, computed, cleanComment, cleanNotes, now);
        try {
            grade = grades.saveAndFlush(grade);
        }
        catch (DataIntegrityViolationException e) {
            // the same grader's other tab created this grade a moment ago
            throw new OptimisticLockingFailureException("grade created concurrently", e);
        }
        return new SaveOutcome(true, Map.of(), null, false, grade.getVersion(), computed);
    }

    /** Hands in this grader's sheet: every rubric question must have a score. */
    @Transactional
    public void complete(Actor actor, long attemptId) {
        AttemptInfo attempt = gradeable(actor, attemptId);
        GradingSheet sheet = lockedSheet(attemptId, actor.userId());
        // read after the lock: a save of this grader that went first is counted as it left things
        AttemptScore score = scoreboard.of(attempt);
        List<UnfinishedSheetException.Unscored> missing = score.questions().stream().filter(q -> !q.objective())
                .filter(q -> !q.scoredBy(actor.userId()))
                .map(q -> new UnfinishedSheetException.Unscored(q.number(), q.position())).toList();
        if (!missing.isEmpty()) {
            throw new UnfinishedSheetException(attemptId, missing);
        }
        sheet.complete(clock.instant());
        audit.attempt(attemptId, null, null, actor.userId(), "COMPLETE", null, null, null, actor.userId());
    }

    /** The attempt, if this person is on its panel and it is handed in. */
    private AttemptInfo gradeable(Actor actor, long attemptId) {
        AttemptInfo attempt = records.attempt(attemptId).orElseThrow(() -> new NotFoundException("attempt", attemptId));
        boolean assigned = panels.assignmentsOfPapers(List.of(attempt.paperId())).stream()
                .anyMatch(a -> a.graderId() == actor.userId() && a.covers(attempt));
        if (!assigned) {
            throw new NotAssignedException();
        }
        if (!attempt.submitted()) {
            throw new GradingRuleException("grading.notSubmitted");
        }
        return attempt;
    }

    private GradingSheet lockedSheet(long attemptId, long graderId) {
        sheets.ensure(attemptId, graderId, clock.instant());
        return sheets.lockOf(attemptId, graderId).orElseThrow();
    }

    private void auditChanges(long attemptId, int position, long grader, Grade grade, Map<Integer, StepMark> marks,
                              BigDecimal computed, String comment) {
        Map<Integer, StepMark> old = grade.getSteps();
        java.util.Set<Integer> steps = new java.util.TreeSet<>(old.keySet());
        steps.addAll(marks.keySet());
        for (int step : steps) {
            StepMark before = old.get(step);
            StepMark after = marks.get(step);
            BigDecimal b = before == null ? null : before.getScore();
            BigDecimal a = after == null ? null : after.getScore();
            if (b == null ? a != null : a == null || b.compareTo(a) != 0) {
                audit.attempt(attemptId, position, step, grader, "STEP", Points.plain(b), Points.plain(a), null, grader);
            }
            String bc = before == null ? null : before.getComment();
            String ac = after == null ? null : after.getComment();
            if (!Objects.equals(bc, ac)) {
                audit.attempt(attemptId, position, step, grader, "STEP_COMMENT", bc, ac, null, grader);
            }
        }
        if (!Objects.equals(grade.getComment(), comment)) {
            audit.attempt(attemptId, position, null, grader, "COMMENT", grade.getComment(), comment, null, grader);
        }
        BigDecimal oldScore = grade.getScore();
        if (oldScore == null ? computed != null : computed == null || oldScore.compareTo(computed) != 0) {
            audit.attempt(attemptId, position, null, grader, "SCORE", Points.plain(oldScore), Points.plain(computed),
                    null, grader);
        }
    }

    /** What was typed, or null for nothing but spaces: an empty box is no comment (and no audit line). */
    private static String text(String typed) {
        String clean = Texts.clean(typed);
        return clean == null || clean.isBlank() ? null : clean;
    }

    private static SaveOutcome refused(String key, Long version) {
        return new SaveOutcome(false, Map.of(), key, false, version == null ? -1 : version, null);
    }
}
