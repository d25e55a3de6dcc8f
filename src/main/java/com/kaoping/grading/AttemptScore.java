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

    /**
     * This attempt as one person may see it; every page and export that shows an attempt to a
     * person goes through here. A member of the attempt's panel grades independently, whatever
     * other roles they hold: until their own sheet is handed in they see none of the other
     * members' marks nor anything computed from them (the final scores of rubric questions,
     * flags, settlements, the total beyond the automatic scores). Under blind grading a panel
     * member sees the candidate's code, not the name, until the result is final. Anyone else who
     * may read the attempt (HR off the panel, admin) sees it whole.
     */
    public AttemptScore seenBy(long viewer) {
        if (!panel.contains(viewer)) {
            return this;
        }
        boolean independent = othersHiddenFrom(viewer);
        boolean blind = policy.blind() && !isFinal();
        if (!independent && !blind) {
            return this;
        }
        AttemptInfo seen = !blind ? attempt : new AttemptInfo(attempt.id(), attempt.invitationId(), attempt.paperId(),
                codeName(), attempt.startedAt(), attempt.submittedAt(), attempt.submittedBy(),
                attempt.objectiveScore(), attempt.focusLosses(), attempt.pastes(), attempt.receiptCode(), null, null);
        List<QuestionScore> seenQuestions = !independent ? questions
                : questions.stream().map(q -> q.withOnlyTheMarkOf(viewer)).toList();
        BigDecimal seenTotal = !independent ? total
                : seenQuestions.stream().map(QuestionScore::scoreOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AttemptScore(seen, paperTitle, paperTotal, passMark, policy, panel, sheetsComplete, seenQuestions,
                seenTotal, status);
    }

    /** True for a panel member whose own sheet is not handed in yet: the other members' scores are not theirs to see. */
    public boolean othersHiddenFrom(long viewer) {
        return panel.contains(viewer) && !Boolean.TRUE.equals(sheetsComplete.get(viewer));
    }

    /** What blind grading shows instead of the candidate's name: the receipt code. */
    public String codeName() {
        return "#" + (attempt.receiptCode() != null ? attempt.receiptCode() : "A" + attempt.id());
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

        /** A rubric question with one grader's mark only, and nothing computed from the others'. */
        QuestionScore withOnlyTheMarkOf(long grader) {
            if (objective()) {
                return this;
            }
            Map<Long, Mark> own = marks.containsKey(grader) ? Map.of(grader, marks.get(grader)) : Map.of();
            return new QuestionScore(number, answer, content, steps, own, null, null, List.of(), false, false);
        }

        /**
         * The options as the candidate saw them: in their order, lettered as on their sheet, each
         * with its text, whether the candidate chose it and whether it is the key.
         */
        public List<SeenOption> seenOptions() {
            List<QuestionContent.Option> options = content.options();
            List<Integer> order = answer.shownOrder().size() == options.size() ? answer.shownOrder()
                    : java.util.stream.IntStream.range(0, options.size()).boxed().toList();
            List<Integer> chosen = answer.choices() == null ? List.of() : answer.choices();
            List<SeenOption> seen = new java.util.ArrayList<>();
            for (int shown = 0; shown < order.size(); shown++) {
                QuestionContent.Option option = options.get(order.get(shown));
                seen.add(new SeenOption((char) ('A' + shown), option.text(), chosen.contains(order.get(shown)),
                        option.correct()));
            }
            return seen;
        }

        /** The options the candidate chose, as they saw them. */
        public List<SeenOption> chosenOptions() {
            return seenOptions().stream().filter(SeenOption::chosen).toList();
        }

        /** The key, in the same terms as the candidate's choice. */
        public List<SeenOption> keyOptions() {
            return seenOptions().stream().filter(SeenOption::correct).toList();
        }
    }

    /** An option of a choice question as the candidate saw it. */
    public record SeenOption(char letter, String text, boolean chosen, boolean correct) {
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
