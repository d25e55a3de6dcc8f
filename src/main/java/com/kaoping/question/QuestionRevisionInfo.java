package com.kaoping.question;

import java.time.Instant;
import java.util.List;

/** One entry of a question's history: who saved which fields when. */
public record QuestionRevisionInfo(long questionId, int revision, List<String> changedFields, long changedBy,
                                   Instant changedAt) {
}
