package com.kaoping.question;

import java.time.Instant;

/** A question as stored now: its content plus who last touched it and its lock version. */
public record QuestionDetail(long id, QuestionContent content, int revision, boolean archived, long version,
                             long createdBy, Instant createdAt, long updatedBy, Instant updatedAt) {
}
