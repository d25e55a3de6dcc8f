package com.kaoping.grading;

import java.time.Instant;

/** One line of the audit trail; position and step are 0-based, null where they do not apply. */
public record AuditEntry(Integer position, Integer step, Long graderId, String what, String oldValue,
                         String newValue, String reason, long changedBy, Instant changedAt) {
}
