package com.kaoping.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, per account and per address, in the database (so every app
 * node sees the same counts). After a few failures each further try must wait longer
 * (1, 2, 4 … 60 s); after more, the account is locked for a while (an admin can lift it). A try
 * that comes too early is refused without looking at the password, so guessing faster gains
 * nothing. The counts are forgotten 15 minutes after the last failure.
 * <p>
 * An attacker must not be able to keep the owner out: a browser the account signed in from
 * before carries a device cookie, and its sign-ins are held only by that browser's own count,
 * never by the account's lock or the address's count.
 */
@Component
public class LoginThrottle {

    /** Failures older than this no longer count. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** How long a locked account (or address) stays locked. */
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration LONGEST_DELAY = Duration.ofSeconds(60);
    /** How long a device cookie lives in the browser (set once, at the first sign-in from it). */
    public static final Duration DEVICE_LIFE = Duration.ofDays(180);

    /** Free tries, and the count that locks, per kind of subject (an address may be a whole office behind NAT). */
    record Limits(int free, int lockAt) {
    }

    static final Limits ACCOUNT = new Limits(3, 10);
    static final Limits ADDRESS = new Limits(20, 100);
    static final Limits DEVICE = new Limits(3, 10);

    /** What a sign-in may do now: go ahead, or wait (locked: the long wait of a lock). */
    public record Decision(boolean allowed, long waitSeconds, boolean locked) {

        static final Decision ALLOWED = new Decision(true, 0, false);
    }

    /** Who is trying to sign in: the username typed, the address, and the device cookie, if any. */
    public record Attempt(String username, String address, String deviceToken) {

        String accountSubject() {
            return "account:" + normalize(username);
        }

        String addressSubject() {
            return "address:" + (address == null ? "unknown" : address);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Would this attempt be let through now? (Reads only: a sign-in uses {@link #begin}.) */
    @Transactional(readOnly = true)
    public Decision check(Attempt attempt) {
        Instant now = clock.instant();
        Decision decision = Decision.ALLOWED;
        for (String subject : subjects(attempt)) {
            Optional<Object[]> row = jdbc.sql("select blocked_until, failures from login_throttle where subject = ?")
                    .param(subject).query((rs, n) -> new Object[] {rs.getTimestamp(1), rs.getInt(2)}).optional();
            if (row.isEmpty() || row.get()[0] == null) {
                continue;
            }
            Instant until = ((Timestamp) row.get()[0]).toInstant();
            if (until.isAfter(now)) {
                long wait = Math.max(1, Duration.between(now, until).toSeconds());
                boolean locked = (Integer) row.get()[1] >= limits(subject).lockAt();
                if (wait > decision.waitSeconds()) {
                    decision = new Decision(false, wait, locked);
                }
            }
        }
        return decision;
    }

    /**
     * May this attempt check its password now? If so, the try is counted at once, as if it
     * failed, in the same transaction that looked at the counts: tries sent in parallel each see
     * the ones before them (counted only after the slow password check, 32 guesses at once all
     * passed the check before the first failure was written). A success takes its count back
     * ({@link #succeeded}).
     */
    @Transactional
    public Decision begin(Attempt attempt) {
        Instant now = clock.instant();
        List<String> subjects = subjects(attempt);
        // tries of one subject queue here until the one before has been counted (a transaction
        // lock on the subject's name, so a first try, with no row yet to lock, queues too), in a
        // fixed order so two tries never wait on each other
        for (String subject : subjects.stream().sorted().toList()) {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(subject).query().singleRow();
        }
        List<Object[]> rows = jdbc.sql("select subject, blocked_until, failures from login_throttle where subject = any(?)")
                .param(subjects.toArray(String[]::new))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getTimestamp(2), rs.getInt(3)}).list();
        Decision decision = Decision.ALLOWED;
        for (Object[] row : rows) {
            Timestamp until = (Timestamp) row[1];
            if (until != null && until.toInstant().isAfter(now)) {
                long wait = Math.max(1, Duration.between(now, until.toInstant()).toSeconds());
                boolean locked = (Integer) row[2] >= limits((String) row[0]).lockAt();
                if (wait > decision.waitSeconds()) {
                    decision = new Decision(false, wait, locked);
                }
            }
        }
        if (!decision.allowed()) {
            return decision;
        }
        for (String subject : subjects) {
            Limits limits = limits(subject);
            // the count starts again once the last failure is old, or once a lock has run out
            int failures = jdbc.sql("""
                    insert into login_throttle (subject, failures, last_failure) values (?, 1, ?)
                    on conflict (subject) do update
                        set failures = case when login_throttle.last_failure < ?
                                                 or login_throttle.failures >= ? and login_throttle.blocked_until <= ?
                                            then 1 else login_throttle.failures + 1 end,
                            last_failure = excluded.last_failure
                    returning failures""")
                    .params(subject, Timestamp.from(now), Timestamp.from(now.minus(WINDOW)), limits.lockAt(),
                            Timestamp.from(now))
                    .query(Integer.class).single();
            Duration wait = failures >= limits.lockAt() ? LOCK : delay(failures, limits);
            jdbc.sql("update login_throttle set blocked_until = ? where subject = ?")
                    .params(wait.isZero() ? null : Timestamp.from(now.plus(wait)), subject).update();
        }
        return decision;
    }

    /**
     * A wrong password (or a refused account), already counted by {@link #begin}: written to the
     * account's audit trail, with a lock if this try locked the account (or this browser) — an
     * address reaching its limit locks no account.
     */
    @Transactional
    public void failed(Attempt attempt) {
        Instant now = clock.instant();
        audit(attempt, "FAILED", now);
        Optional<String> device = trustedDevice(attempt);
        String subject = device.orElse(attempt.accountSubject());
        boolean lockedNow = jdbc.sql("select failures from login_throttle where subject = ?").param(subject)
                .query(Integer.class).optional().filter(f -> f == limits(subject).lockAt()).isPresent();
        if (lockedNow) {
            audit(attempt, "LOCKED", now);
        }
    }

    /**
     * Signed in: the account's and this browser's counts start again; the address keeps its
     * earlier failures (they only fade with time) but not this try, which {@link #begin} counted.
     */
    @Transactional
    public void succeeded(Attempt attempt) {
        List<String> subjects = new ArrayList<>(List.of(attempt.accountSubject()));
        Optional<String> device = trustedDevice(attempt);
        device.ifPresent(subjects::add);
        jdbc.sql("delete from login_throttle where subject = any(?)").param(subjects.toArray(String[]::new)).update();
        if (device.isEmpty()) {
            jdbc.sql("delete from login_throttle where subject = ? and failures <= 1").param(attempt.addressSubject())
                    .update();
            jdbc.sql("""
                    update login_throttle set failures = failures - 1,
                        blocked_until = case when failures - 1 < ? then null else blocked_until end
                    where subject = ?""").params(ADDRESS.free(), attempt.addressSubject()).update();
        }
    }

    /** The subjects an attempt is counted against: its trusted browser alone, or the account and the address. */
    private List<String> subjects(Attempt attempt) {
        Optional<String> device = trustedDevice(attempt);
        return device.isPresent() ? List.of(device.get()) : List.of(attempt.accountSubject(), attempt.addressSubject());
    }

    /**
     * A new device token for a browser that signed in to this account: the cookie's value (its
     * hash is stored). Its later sign-ins are held only by their own count.
     */
    @Transactional
    public String newDevice(long userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("insert into login_device (token_hash, user_id, created_at, last_used) values (?, ?, ?, ?)")
                .params(hash(token), userId, Timestamp.from(now), Timestamp.from(now)).update();
        return token;
    }

    /** True when this browser's cookie is one the account signed in from (its last use is noted). */
    @Transactional
    public boolean knows(String deviceToken, long userId) {
        return deviceToken != null && jdbc.sql("update login_device set last_used = ? where token_hash = ? and user_id = ?")
                .params(Timestamp.from(clock.instant()), hash(deviceToken), userId).update() > 0;
    }

    /** The account's lock, if it is locked now: until when. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select blocked_until from login_throttle where subject = ? and failures >= ?")
                .params("account:" + normalize(username), ACCOUNT.lockAt()).query(Timestamp.class).optional()
                .map(Timestamp::toInstant).filter(now::isBefore);
    }

    /** An admin lifts an account's lock (and its count). */
    @Transactional
    public void lift(String username) {
        jdbc.sql("delete from login_throttle where subject = ?").param("account:" + normalize(username)).update();
    }

    /** One failed sign-in or lock, as the admin reads it. */
    public record Event(String address, String outcome, Instant at) {
    }

    /** The latest failed sign-ins and locks of an account, newest first. */
    @Transactional(readOnly = true)
    public List<Event> recentEvents(String username, int limit) {
        return jdbc.sql("select address, outcome, at from login_audit where username = ? order by at desc, id desc limit ?")
                .params(normalize(username), limit)
                .query((rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    /** Old counts and audit lines go (the audit is kept for 180 days). */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    @Transactional
    public void prune() {
        Instant now = clock.instant();
        jdbc.sql("delete from login_throttle where last_failure < ? and (blocked_until is null or blocked_until < ?)")
                .params(Timestamp.from(now.minus(WINDOW)), Timestamp.from(now)).update();
        jdbc.sql("delete from login_audit where at < ?").param(Timestamp.from(now.minus(Duration.ofDays(180)))).update();
        // the browser drops the device cookie DEVICE_LIFE after it was set: the row can go with it
        jdbc.sql("delete from login_device where created_at < ?").param(Timestamp.from(now.minus(DEVICE_LIFE))).update();
    }

    /** The subject of a browser the typed account signed in from before, if this is one. */
    private Optional<String> trustedDevice(Attempt attempt) {
        if (attempt.deviceToken() == null || attempt.deviceToken().length() > 100) {
            return Optional.empty();
        }
        String hash = hash(attempt.deviceToken());
        return jdbc.sql("""
                select 1 from login_device d join app_user u on u.id = d.user_id
                where d.token_hash = ? and u.username = ?""")
                .params(hash, normalize(attempt.username())).query(Integer.class).optional()
                .map(found -> "device:" + hash);
    }

    private void audit(Attempt attempt, String outcome, Instant now) {
        jdbc.sql("insert into login_audit (username, address, outcome, at) values (?, ?, ?, ?)")
                .params(normalize(attempt.username()), attempt.address() == null ? "unknown"
                        : attempt.address().substring(0, Math.min(64, attempt.address().length())), outcome,
                        Timestamp.from(now)).update();
    }

    /** No wait for the free tries, then 1, 2, 4 … seconds, at most {@link #LONGEST_DELAY}. */
    static Duration delay(int failures, Limits limits) {
        if (failures < limits.free()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limits.free(), 10);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private static Limits limits(String subject) {
        return subject.startsWith("address:") ? ADDRESS : subject.startsWith("device:") ? DEVICE : ACCOUNT;
    }

    /** As usernames are stored, and bounded: a typed username of any length is one subject. */
    static String normalize(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
