package com.kaoping.sitting;

/** An attempt was submitted (by the candidate or at the deadline); grading listens. */
public record AttemptSubmitted(long attemptId, long paperId) {
}
