package com.kaoping.grading;

import java.util.List;

/** A hand-in refused because questions have no score from this grader: which ones, so the page can link to them. */
public class UnfinishedSheetException extends GradingRuleException {

    /** A question without a score: its number as the candidate saw it, and its place in the attempt. */
    public record Unscored(int number, int position) {
    }

    private final long attemptId;
    private final transient List<Unscored> unscored;

    public UnfinishedSheetException(long attemptId, List<Unscored> unscored) {
        super("grading.complete.unfinished", unscored.size());
        this.attemptId = attemptId;
        this.unscored = List.copyOf(unscored);
    }

    public long attemptId() {
        return attemptId;
    }

    public List<Unscored> unscored() {
        return unscored;
    }
}
