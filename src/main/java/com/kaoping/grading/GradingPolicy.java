package com.kaoping.grading;

/**
 * A paper's grading options.
 *
 * @param flagPercent a panel difference above this share of a question's points is flagged
 * @param blind graders see a candidate code, not the name, until the result is final
 */
public record GradingPolicy(long paperId, Aggregation aggregation, int flagPercent, boolean blind, long version) {

    public static final int DEFAULT_FLAG_PERCENT = 20;

    public static GradingPolicy defaults(long paperId) {
        return new GradingPolicy(paperId, Aggregation.MEAN, DEFAULT_FLAG_PERCENT, false, -1);
    }
}
