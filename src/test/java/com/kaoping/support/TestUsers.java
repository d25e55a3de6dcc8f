package com.kaoping.support;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import com.kaoping.account.AccountService;
import com.kaoping.account.NewAccount;
import com.kaoping.account.Role;
import com.kaoping.account.internal.AccountPrincipal;
import org.springframework.stereotype.Component;

/** Makes accounts for tests: unique usernames, a known password, the roles asked for. */
@Component
public class TestUsers {

    public static final String PASSWORD = "rubric-steps-grade-well";
    private static final AtomicInteger counter = new AtomicInteger();

    private final AccountService accounts;

    public TestUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    public AccountPrincipal create(Role... roles) {
        String username = "t" + System.nanoTime() % 100000 + "-" + counter.incrementAndGet();
        String name = "Tester " + username;
        long id = accounts.create(new NewAccount(username, name, PASSWORD, EnumSet.copyOf(Arrays.asList(roles))));
        return new AccountPrincipal(id, username, name, "", true,
                Arrays.stream(roles).map(Role::authority).sorted().toList());
    }
}
