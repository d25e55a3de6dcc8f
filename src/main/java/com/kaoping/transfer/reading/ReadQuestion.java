package com.kaoping.transfer.reading;

import com.kaoping.question.QuestionKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * One question as read.
 *
 * @param number the question's number as written ("1", "①", "Q3"), or null
 * @param caseBackground the case background shared with other questions ("案例背景:…"), or null
 * @param options option texts without their letters; empty for non-choice kinds
 * @param key choice letters joined by commas ("A,C"), {@code TRUE}/{@code FALSE} for true/false,
 *            null otherwise or when the paper gives none
 * @param points the question's points, or null when the paper does not say
 * @param source the lines of the cleaned source (1-based, inclusive) the question came from
 */
public record ReadQuestion(
        String number,
        QuestionKind kind,
        String stem,
        String caseBackground,
        List<String> options,
        String key,
        BigDecimal points,
        String referenceAnswer,
        String explanation,
        List<ReadStep> rubricSteps,
        List<String> scoringFocus,
        List<String> pitfalls,
        List<String> competencies,
        SourceLines source) {

    public ReadQuestion {
        options = List.copyOf(options == null ? List.of() : options);
        rubricSteps = List.copyOf(rubricSteps == null ? List.of() : rubricSteps);
        scoringFocus = List.copyOf(scoringFocus == null ? List.of() : scoringFocus);
        pitfalls = List.copyOf(pitfalls == null ? List.of() : pitfalls);
        competencies = List.copyOf(competencies == null ? List.of() : competencies);
    }

    /** One rubric step: label, points (null when not stated), model wording and guidance (null when absent). */
    public record ReadStep(String label, BigDecimal points, String modelWording, String guidance) {
    }

    /** Lines of the cleaned source, 1-based and inclusive. */
    public record SourceLines(int fromLine, int toLine) {
    }
}
