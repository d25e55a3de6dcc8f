package com.kaoping.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kaoping.question.QuestionContent;
import com.kaoping.sitting.AttemptRecords.AnsweredQuestion;
import com.kaoping.sitting.AttemptRecords.AttemptInfo;

/**
 * Everything known about the scores of one attempt, computed from the stored step scores,
 * settlements and the paper's policy (never from anything a browser sent as a total).
 *
 * @param panel the graders who score this attempt (assigned, or who handed in a sheet)
 * @param total the sum of the questions' final scores (pending ones count as 0 until final)
 */
public record AttemptScore(AttemptInfo attempt, String paperTitle, BigDecimal paperTotal, BigDecimal passMark,
                           GradingPolicy policy, Set<Long> panel, Map<Long, Boolean> sheetsComplete,
                           List<QuestionScore> questions, BigDecimal total, Status status) {

    /** Where an attempt's grading stands. */
    public enum Status {
        /** The candidate is still sitting. */
        SITTING,
        /** Rubric questions and nobody assigned to grade them. */
        UNASSIGNED,
        /** Some panel members have not handed in their sheet. */
        GRADING,
        /** Every sheet is in; a flagged difference or a consensus is waiting for the lead or HR. */
        RECONCILING,
        /** Final. */
        DONE
    }

    public boolean isFinal() {
        return status == Status.DONE;
    }

    /** Pass or fail against the paper's pass mark; null while not final or without a pass mark. */
    public Boolean passed() {
        return passMark == null || !isFinal() ? null : total.compareTo(passMark) >= 0;
    }

    /** The final score of a bank question in this attempt; null when not asked or not scored yet. */
    public BigDecimal scoreOf(long questionId) {
        return questions.stream().filter(q -> q.answer().question().questionId() == questionId).findFirst()
                .map(QuestionScore::finalScore).orElse(null);
    }

    /** How many panel members have handed in their sheet. */
    public long sheetsIn() {
        return sheetsComplete.values().stream().filter(Boolean::booleanValue).count();
    }

    public long flaggedCount() {
        return questions.stream().filter(QuestionScore::needsSettling).count();
    }

    /** Section subtotals, in section order: number → [title, score, points]. */
    public List<SectionScore> sections() {
        Map<Integer, SectionScore> bySection = new java.util.TreeMap<>();
        for (QuestionScore q : questions) {
            bySection.merge(q.answer().sectionNumber(),
                    new SectionScore(q.answer().sectionNumber(), q.answer().sectionTitle(), q.scoreOrZero(), q.points()),
                    (a, b) -> new SectionScore(a.number(), a.title(), a.score().add(b.score()), a.points().add(b.points())));
        }
        return List.copyOf(bySection.values());
    }

    public record SectionScore(int number, String title, BigDecimal score, BigDecimal points) {
    }

    /**
     * One question of the attempt.
     *
     * @param number 1-based, as the candidate saw it
     * @param marks each panel member's grade (complete or not), by grader id
     * @param finalScore the settled, automatic or combined score; null while nobody has handed one in
     * @param finalSteps the step scores behind the final score (settled, or combined per step)
     */
    public record QuestionScore(int number, AnsweredQuestion answer, QuestionContent content, List<RubricLine> steps,
                                Map<Long, Mark> marks, Settled settled, BigDecimal finalScore,
                                List<BigDecimal> finalSteps, boolean flagged, boolean awaitingConsensus) {

        public int position() {
            return answer.position();
        }

        public BigDecimal points() {
            return answer.points();
        }

        public boolean objective() {
            return !content.kind().isRubricScored();
        }

        /** True when this grader has a score for the question (every step scored). */
        public boolean scoredBy(long grader) {
            Mark m = marks.get(grader);
            return m != null && m.score() != null;
        }

        public boolean needsSettling() {
            return flagged || awaitingConsensus;
        }

        public BigDecimal scoreOrZero() {
            return finalScore == null ? BigDecimal.ZERO : finalScore;
        }

        /** The scores of the handed-in sheets only. */
        public List<BigDecimal> handedIn() {
            return marks.values().stream().filter(Mark::handedIn).map(Mark::score).toList();
        }
    }

    /**
     * A rubric step as graded: without a rubric, one step carries the question's points.
     *
     * @param label null for the single whole-question step
     */
    public record RubricLine(int index, String label, BigDecimal max, String guidance, String modelWording) {
    }

    /** One grader's grade of one question. */
    public record Mark(long graderId, boolean handedIn, BigDecimal score, List<BigDecimal> steps,
                       List<String> stepComments, String comment, String notes, long version) {
    }

    /** A settlement: an override of an automatic score, or a reconciliation. */
    public record Settled(String kind, BigDecimal score, List<BigDecimal> steps, String reason, long by,
                          java.time.Instant at, long version) {
    }
}
