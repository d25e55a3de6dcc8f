package com.kaoping.paper;

import java.math.BigDecimal;

import com.kaoping.question.PartialCreditPolicy;

/**
 * A paper's own settings.
 *
 * @param timeLimitMinutes null only for interviews
 * @param statedTotal the total the author means (总分), checked against the computed one
 * @param multipleChoicePolicy null: each question's own policy
 */
public record PaperSettings(String title, PaperPurpose purpose, String instructions, Integer timeLimitMinutes,
                            BigDecimal passMark, BigDecimal statedTotal, PartialCreditPolicy multipleChoicePolicy,
                            boolean shuffleOptions, boolean shuffleQuestions) {

    /** What is wrong with these settings, by form field; empty when they can be saved. */
    public java.util.List<com.kaoping.question.Violation> violations() {
        return PaperChecks.check(this);
    }
}
