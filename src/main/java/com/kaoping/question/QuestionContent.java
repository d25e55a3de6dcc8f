package com.kaoping.question;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a question says, as the interviewer sees it: the value that is saved as a
 * revision and that papers will freeze. Immutable; lists are never null.
 *
 * @param caseRef the shared case background, if the question belongs to a case
 * @param subtitle a short heading shown above the stem ("情景模拟：处理客户投诉"), or null
 * @param stepGroups the caps of the rubric's step groups ("any 3 of these 4 points": four 2-point
 *                   steps in group A, which counts at most 6), by name; the steps name their group
 */
public record QuestionContent(
        QuestionKind kind,
        String stem,
        String background,
        BigDecimal points,
        int difficulty,
        String language,
        List<String> tags,
        CaseRef caseRef,
        List<Option> options,
        Boolean trueFalseKey,
        PartialCreditPolicy partialCredit,
        String explanation,
        String referenceAnswer,
        List<RubricStep> rubric,
        List<String> scoringFocus,
        List<String> pitfalls,
        List<String> competencies,
        String subtitle,
        List<StepGroup> stepGroups) {

    public QuestionContent {
        tags = List.copyOf(tags == null ? List.of() : tags);
        options = List.copyOf(options == null ? List.of() : options);
        rubric = List.copyOf(rubric == null ? List.of() : rubric);
        scoringFocus = List.copyOf(scoringFocus == null ? List.of() : scoringFocus);
        pitfalls = List.copyOf(pitfalls == null ? List.of() : pitfalls);
        competencies = List.copyOf(competencies == null ? List.of() : competencies);
        stepGroups = List.copyOf(stepGroups == null ? List.of() : stepGroups);
    }

    public QuestionFamily family() {
        return kind.family();
    }

    /**
     * What the rubric can give at most: the steps' maximum points, each group counting no more
     * than its cap (0 without a rubric).
     */
    public BigDecimal rubricTotal() {
        return cappedSum(rubric.stream().map(RubricStep::maxPoints).toList());
    }

    /**
     * A sum over the rubric's steps (one value a step, in order; null counts 0) in which each
     * group counts at most its cap. The one rule for "any 3 of these 4 points": the rubric's
     * total and a grader's question score are both this sum.
     */
    public BigDecimal cappedSum(List<BigDecimal> values) {
        java.util.Map<String, BigDecimal> byGroup = new java.util.TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < rubric.size() && i < values.size(); i++) {
            BigDecimal value = values.get(i) == null ? BigDecimal.ZERO : values.get(i);
            String group = rubric.get(i).group();
            if (group == null) {
                sum = sum.add(value);
            }
            else {
                byGroup.merge(group, value, BigDecimal::add);
            }
        }
        for (java.util.Map.Entry<String, BigDecimal> g : byGroup.entrySet()) {
            BigDecimal cap = capOf(g.getKey());
            sum = sum.add(cap == null ? g.getValue() : g.getValue().min(cap));
        }
        return sum;
    }

    /** The cap of a step group, or null when there is no such group. */
    public BigDecimal capOf(String group) {
        return stepGroups.stream().filter(g -> group.equals(g.name())).map(StepGroup::cap).findFirst().orElse(null);
    }

    /** True when a rubric exists and its steps do not add up to the question's points. */
    public boolean rubricMismatch() {
        return !rubric.isEmpty() && rubricTotal().compareTo(points) != 0;
    }

    /** One option of a choice question; {@code correct} marks a key. */
    public record Option(String text, boolean correct) {
    }

    /**
     * One scored step of the rubric.
     *
     * @param group the step group it belongs to (A, B or C), or null
     */
    public record RubricStep(String label, BigDecimal maxPoints, String guidance, String modelWording, String group) {

        /** A step in no group. */
        public RubricStep(String label, BigDecimal maxPoints, String guidance, String modelWording) {
            this(label, maxPoints, guidance, modelWording, null);
        }
    }

    /** A group of steps that together count at most {@code cap} points. */
    public record StepGroup(String name, BigDecimal cap) {

        /** The names a group may have. */
        public static final List<String> NAMES = List.of("A", "B", "C");
    }

    /** The case (shared background) a question belongs to, as it read when this content was saved. */
    public record CaseRef(long id, String title, String background) {
    }
}
