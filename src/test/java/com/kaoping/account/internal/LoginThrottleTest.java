package com.kaoping.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.kaoping.account.Role;
import com.kaoping.account.internal.LoginThrottle.Attempt;
import com.kaoping.account.internal.LoginThrottle.Decision;
import com.kaoping.support.KaopingTest;
import com.kaoping.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in throttling on the real database, with a clock the test moves. */
@KaopingTest
class LoginThrottleTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    MovableClock clock;
    LoginThrottle throttle;
    String username;
    String address;

    @BeforeEach
    void freshThrottle() {
        clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
        throttle = new LoginThrottle(jdbc, clock);
        username = users.create(Role.HR).username();
        address = "10.9." + (System.nanoTime() % 250) + "." + (System.nanoTime() % 200);
    }

    @Test
    void eachFailureAfterTheFreeOnesMakesTheNextTryWaitLongerThenTheAccountIsLocked() {
        Attempt attempt = new Attempt(username, address, null);
        for (int i = 0; i < 2; i++) {
            assertThat(throttle.check(attempt).allowed()).isTrue();
            fail(attempt);
        }
        assertThat(throttle.check(attempt).allowed()).as("two failures cost nothing").isTrue();
        fail(attempt);
        assertThat(throttle.check(attempt)).isEqualTo(new Decision(false, 1, false));
        long[] waits = new long[6];
        for (int i = 0; i < 6; i++) {
            clock.move(Duration.ofSeconds(throttle.check(attempt).waitSeconds()));
            assertThat(throttle.check(attempt).allowed()).isTrue();
            fail(attempt);
            waits[i] = throttle.check(attempt).waitSeconds();
        }
        assertThat(waits).containsExactly(2, 4, 8, 16, 32, 60);
        clock.move(Duration.ofSeconds(60));
        fail(attempt); // the tenth
        Decision locked = throttle.check(attempt);
        assertThat(locked.locked()).isTrue();
        assertThat(locked.waitSeconds()).isEqualTo(Duration.ofMinutes(15).toSeconds());
        assertThat(throttle.lockedUntil(username)).contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(throttle.recentEvents(username, 20)).hasSize(11)
                .first().satisfies(e -> assertThat(e.outcome()).isEqualTo("LOCKED"));

        // from another address too: the lock is the account's
        assertThat(throttle.check(new Attempt(username, "10.200.0.1", null)).allowed()).isFalse();
        // it ends by itself, and the count starts again
        clock.move(Duration.ofMinutes(15));
        assertThat(throttle.check(attempt).allowed()).isTrue();
        fail(attempt);
        assertThat(throttle.check(attempt).allowed()).as("an old count is forgotten").isTrue();
    }

    @Test
    void anAdminLiftsTheLock() {
        Attempt attempt = new Attempt(username, address, null);
        lock(attempt);
        assertThat(throttle.check(new Attempt(username, "10.201.0.1", null)).allowed()).isFalse();
        throttle.lift(username);
        assertThat(throttle.check(new Attempt(username, "10.201.0.1", null)).allowed()).isTrue();
        assertThat(throttle.lockedUntil(username)).isEmpty();
    }

    /** The owner's browser (it signed in before and has the device cookie) is not held by an attacker's lock. */
    @Test
    void aBrowserTheOwnerSignedInFromIsNotLockedOutByAnAttacker() {
        long userId = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
        String device = throttle.newDevice(userId);
        lock(new Attempt(username, address, null));
        assertThat(throttle.check(new Attempt(username, address, device)).allowed()).isTrue();
        // the device's own failures still count, by themselves
        Attempt fromDevice = new Attempt(username, "10.202.0.1", device);
        for (int i = 0; i < 3; i++) {
            fail(fromDevice);
        }
        assertThat(throttle.check(fromDevice).allowed()).isFalse();
        // a device cookie of another account gives nothing
        String otherDevice = throttle.newDevice(jdbc.sql("select id from app_user where username = ?")
                .param(users.create(Role.HR).username()).query(Long.class).single());
        assertThat(throttle.check(new Attempt(username, address, otherDevice)).allowed()).isFalse();
    }

    /** One address guessing many accounts (password spraying) is slowed down too. */
    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() {
        for (int i = 0; i < 20; i++) {
            Attempt spray = new Attempt("nobody-" + i + "-" + System.nanoTime(), address, null);
            assertThat(throttle.check(spray).allowed()).isTrue();
            fail(spray);
        }
        assertThat(throttle.check(new Attempt(username, address, null)).allowed()).isFalse();
        assertThat(throttle.check(new Attempt(username, "10.203.0.1", null)).allowed()).as("other addresses").isTrue();
    }

    /** A device row goes when its cookie has expired in the browser; its last use is noted at each sign-in. */
    @Test
    void devicesAreForgottenWithTheirCookiesAndTheirLastUseIsNoted() {
        long userId = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
        String old = throttle.newDevice(userId);
        clock.move(LoginThrottle.DEVICE_LIFE.plusDays(1));
        String recent = throttle.newDevice(userId);
        clock.move(java.time.Duration.ofHours(1));
        assertThat(throttle.knows(recent, userId)).isTrue();
        assertThat(jdbc.sql("select last_used from login_device where user_id = ? order by created_at desc limit 1")
                .param(userId).query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(clock.instant());

        throttle.prune();

        assertThat(throttle.knows(old, userId)).isFalse();
        assertThat(throttle.knows(recent, userId)).isTrue();
    }

    /** A sign-in that gets to check its password, and fails. */
    private void fail(Attempt attempt) {
        assertThat(throttle.begin(attempt).allowed()).as("let through").isTrue();
        throttle.failed(attempt);
    }

    private void lock(Attempt attempt) {
        for (int i = 0; i < 10; i++) {
            clock.move(Duration.ofSeconds(throttle.check(attempt).waitSeconds()));
            fail(attempt);
        }
        assertThat(throttle.check(attempt).locked()).isTrue();
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
