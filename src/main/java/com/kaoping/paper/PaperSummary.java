package com.kaoping.paper;

import java.time.Instant;

/** A row of the papers list. */
public record PaperSummary(long id, String title, PaperPurpose purpose, PaperStatus status, Integer timeLimitMinutes,
                           Instant updatedAt) {
}
