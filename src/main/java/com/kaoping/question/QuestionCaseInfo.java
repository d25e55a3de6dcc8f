package com.kaoping.question;

import java.time.Instant;

/** A case (shared background) as lists and forms show it. */
public record QuestionCaseInfo(long id, String title, String background, long questionCount, long version,
                               Instant updatedAt) {
}
