package com.kaoping.paper;

import java.math.BigDecimal;
import java.util.List;

import com.kaoping.question.QuestionRef;

/**
 * The questions one candidate is given, in order.
 *
 * @param questions points null means the question's own points
 */
public record SittingPlan(long paperId, PaperSettings settings, List<PlannedQuestion> questions) {

    public record PlannedQuestion(int sectionNumber, String sectionTitle, QuestionRef question, BigDecimal points) {
    }
}
