package com.kaoping.question;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A row of the bank's list; {@code subtitle} may be null. */
public record QuestionSummary(long id, QuestionKind kind, String stem, BigDecimal points, int difficulty,
                              List<String> tags, String language, int revision, boolean archived,
                              Instant updatedAt, String caseTitle, String subtitle) {
}
