package com.kaoping.account;

import java.util.Optional;

import com.kaoping.account.internal.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person of the current request, by id (modules refer to people by id). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Long> id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.id());
        }
        return Optional.empty();
    }

    /** The id, for code that only runs behind a login. */
    public static long requireId() {
        return id().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
