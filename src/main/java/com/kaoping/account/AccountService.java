package com.kaoping.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.kaoping.account.internal.LoginThrottle;
import com.kaoping.account.internal.PasswordPolicy;
import com.kaoping.account.internal.UserAccount;
import com.kaoping.account.internal.UserAccountRepository;
import com.kaoping.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, changing and closing accounts. Admin pages and the first-start bootstrap use it. */
@Service
public class AccountService implements UserDirectory {

    /** Serialises first-start seeding when several nodes start on one empty database. */
    private static final long SEED_LOCK = 0x6B616F70L;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, JdbcTemplate jdbc,
                   ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, Clock clock,
                   PasswordPolicy passwordPolicy, LoginThrottle throttle) {
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Creates the account only if there is none yet; true if it did. */
    @Transactional
    public boolean createFirstAccount(NewAccount account) {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, SEED_LOCK);
        if (accounts.count() > 0) {
            return false;
        }
        create(account);
        return true;
    }

    /**
     * What is wrong with a password for this person (message keys; empty when it may be used):
     * forms ask first to show every problem beside the field; create and reset refuse anyway.
     */
    public List<String> passwordProblems(String password, String username, String displayName) {
        return passwordPolicy.problems(password, username, displayName);
    }

    /** Opens an account; refused with {@link WeakPasswordException} when the password may not be used. */
    @Transactional
    public long create(NewAccount account) {
        String username = normalizeUsername(account.username());
        requireStrong(account.password(), username, account.displayName());
        if (accounts.existsByUsername(username)) {
            throw new UsernameTakenException(username);
        }
        UserAccount saved = accounts.saveAndFlush(new UserAccount(username, account.displayName().trim(),
                passwordEncoder.encode(account.password()), account.roles(), now()));
        return saved.getId();
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return accounts.findAll().stream()
                .map(AccountService::summary)
                .sorted(Comparator.comparing(AccountSummary::username))
                .toList();
    }

    @Transactional(readOnly = true)
    public AccountSummary get(long id) {
        return summary(find(id));
    }

    @Transactional
    public void update(long id, long expectedVersion, String displayName, Set<Role> roles) {
        lockAdminChanges();
        UserAccount account = find(id);
        checkVersion(account, expectedVersion);
        boolean wasAdmin = account.isActiveAdmin();
        boolean rolesChanged = !account.getRoles().equals(roles);
        account.changeProfile(displayName.trim(), roles, now());
        if (wasAdmin && !account.isActiveAdmin()) {
            accounts.flush();
            if (accounts.countActiveAdmins() == 0) {
                throw new LastAdminException();
            }
        }
        if (rolesChanged) {
            expireSessions(account.getUsername());
        }
    }

    /** Sets a new password (refused with {@link WeakPasswordException} when it may not be used). */
    @Transactional
    public void resetPassword(long id, String password) {
        UserAccount account = find(id);
        requireStrong(password, account.getUsername(), account.getDisplayName());
        account.changePassword(passwordEncoder.encode(password), now());
        expireSessions(account.getUsername());
    }

    @Transactional
    public void deactivate(long id) {
        lockAdminChanges();
        UserAccount account = find(id);
        boolean wasAdmin = account.isActiveAdmin();
        account.deactivate(now());
        if (wasAdmin) {
            accounts.flush();
            if (accounts.countActiveAdmins() == 0) {
                throw new LastAdminException();
            }
        }
        expireSessions(account.getUsername());
    }

    @Transactional
    public void activate(long id) {
        find(id).activate(now());
    }

    /** The account's lock, if any, and its latest failed sign-ins (the admin's user page). */
    @Transactional(readOnly = true)
    public SignInRecord signIns(long id) {
        String username = find(id).getUsername();
        return new SignInRecord(throttle.lockedUntil(username).orElse(null), throttle.recentEvents(username, 20).stream()
                .map(e -> new SignInRecord.Failure(e.address(), "LOCKED".equals(e.outcome()), e.at())).toList());
    }

    /** An admin lifts the lock that repeated wrong passwords put on an account. */
    @Transactional
    public void liftSignInLock(long id) {
        throttle.lift(find(id).getUsername());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        return accounts.findAllById(userIds).stream()
                .collect(Collectors.toMap(UserAccount::getId, u -> u.getDisplayName() + " (" + u.getUsername() + ")"));
    }

    private void requireStrong(String password, String username, String displayName) {
        List<String> problems = passwordPolicy.problems(password, username, displayName);
        if (!problems.isEmpty()) {
            throw new WeakPasswordException(problems);
        }
    }

    public static String normalizeUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** A changed role, password or a deactivation takes effect now, not when the session ends. */
    private void expireSessions(String username) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
        }
    }

    /** Two admins demoting each other at once must not leave nobody: one waits for the other. */
    private void lockAdminChanges() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, SEED_LOCK + 1);
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static void checkVersion(UserAccount account, long expectedVersion) {
        if (account.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, account.getId());
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static AccountSummary summary(UserAccount account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRoles(), account.isActive(), account.getCreatedAt(), account.getVersion());
    }
}
