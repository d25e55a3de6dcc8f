package com.kaoping.account.internal;

import java.security.SecureRandom;
import java.util.Set;

import com.kaoping.account.AccountService;
import com.kaoping.account.NewAccount;
import com.kaoping.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On an empty database somebody must be able to sign in: create {@code admin} with the
 * password from KAOPING_ADMIN_PASSWORD, or a generated one printed once in the log.
 * Runs after the demo loader, which brings its own documented demo accounts, and before the web
 * server takes requests.
 */
@Component
class AdminBootstrap implements org.springframework.context.SmartLifecycle {

    /** After the demo content (phase 0), before the web server takes requests. */
    private static final int PHASE = 10;

    private volatile boolean running;

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountService accounts;
    private final String configuredPassword;

    AdminBootstrap(AccountService accounts, @Value("${kaoping.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public void start() {
        running = true;
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        boolean created;
        try {
            created = accounts.createFirstAccount(new NewAccount("admin", "Administrator", password, Set.of(Role.ADMIN)));
        }
        catch (com.kaoping.account.WeakPasswordException e) {
            // an operator's choice: say plainly what to change rather than start with a guessable admin
            throw new IllegalStateException("KAOPING_ADMIN_PASSWORD may not be used (" + String.join(", ",
                    e.problems()) + "): choose a longer password, e.g. a phrase of several words", e);
        }
        if (created && generated) {
            log.warn("First start: created user 'admin' with generated password {} (shown once; "
                    + "set KAOPING_ADMIN_PASSWORD to choose it)", password);
        }
        else if (created) {
            log.info("First start: created user 'admin' with the password from KAOPING_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
