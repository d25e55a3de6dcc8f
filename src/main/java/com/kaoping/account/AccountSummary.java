package com.kaoping.account;

import java.time.Instant;
import java.util.Set;

/** An account as the admin pages list it. */
public record AccountSummary(long id, String username, String displayName, Set<Role> roles, boolean active,
                             Instant createdAt, long version) {
}
