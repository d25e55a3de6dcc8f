package com.kaoping.account.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as kept in the (database-stored) session: the id so that other
 * modules can refer to them, and the display name for the page header.
 */
public record AccountPrincipal(long id, String username, String displayName, String password, boolean enabled,
                               List<String> roles) implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    static AccountPrincipal of(UserAccount account) {
        return new AccountPrincipal(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getPasswordHash(), account.isActive(),
                account.getRoles().stream().map(r -> r.authority()).sorted().toList());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash is only needed while authenticating; the session keeps none. */
    AccountPrincipal withoutPassword() {
        return new AccountPrincipal(id, username, displayName, "", enabled, roles);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + "]";
    }
}
