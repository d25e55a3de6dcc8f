package com.kaoping.grading;

/** How a panel's scores for one question become the question's final score. */
public enum Aggregation {
    /** The mean of the submitted scores. */
    MEAN,
    /** The median of the submitted scores (robust to one outlier in a panel of three). */
    MEDIAN,
    /** The lead or HR settles every question scored by more than one grader. */
    CONSENSUS
}
