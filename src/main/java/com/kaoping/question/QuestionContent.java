package com.kaoping.question;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a question says, as the interviewer sees it: the value that is saved as a
 * revision and that papers will freeze. Immutable; lists are never null.
 *
 * @param caseRef the shared case background, if the question belongs to a case
 * @param subtitle a short heading shown above the stem ("情景模拟：处理客户投诉"), or null
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
        String subtitle) {

    public QuestionContent {
        tags = List.copyOf(tags == null ? List.of() : tags);
        options = List.copyOf(options == null ? List.of() : options);
        rubric = List.copyOf(rubric == null ? List.of() : rubric);
        scoringFocus = List.copyOf(scoringFocus == null ? List.of() : scoringFocus);
        pitfalls = List.copyOf(pitfalls == null ? List.of() : pitfalls);
        competencies = List.copyOf(competencies == null ? List.of() : competencies);
    }

    public QuestionFamily family() {
        return kind.family();
    }

    /** The sum of the rubric steps' maximum points (0 without a rubric). */
    public BigDecimal rubricTotal() {
        return rubric.stream().map(RubricStep::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** True when a rubric exists and its steps do not add up to the question's points. */
    public boolean rubricMismatch() {
        return !rubric.isEmpty() && rubricTotal().compareTo(points) != 0;
    }

    /** One option of a choice question; {@code correct} marks a key. */
    public record Option(String text, boolean correct) {
    }

    /** One scored step of the rubric. */
    public record RubricStep(String label, BigDecimal maxPoints, String guidance, String modelWording) {
    }

    /** The case (shared background) a question belongs to, as it read when this content was saved. */
    public record CaseRef(long id, String title, String background) {
    }
}
