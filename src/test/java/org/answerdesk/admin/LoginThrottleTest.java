package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final Hand clock = new Hand();
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresWithinTheWindowBlockUntilTheOldestLeavesIt() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.blockedFor("a")).isEmpty();
            throttle.failed("a");
            clock.advance(Duration.ofMinutes(1));
        }
        // failures at 10:00..10:04, now 10:05: blocked until 10:15
        assertThat(throttle.blockedFor("a")).contains(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(throttle.blockedFor("a")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blockedFor("a")).isEmpty();
        // one more failure right away blocks again: four are still in the window
        throttle.failed("a");
        assertThat(throttle.blockedFor("a")).contains(Duration.ofMinutes(1));
    }

    @Test
    void failuresSpreadWiderThanTheWindowNeverBlock() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("a");
            assertThat(throttle.blockedFor("a")).isEmpty();
            clock.advance(Duration.ofMinutes(4));
        }
    }

    @Test
    void clientsAreCountedApartAndASuccessClearsOnlyItsOwnClient() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("attacker");
        }
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin");
        }
        assertThat(throttle.blockedFor("attacker")).isPresent();
        assertThat(throttle.blockedFor("admin")).isEmpty();
        throttle.succeeded("admin");
        assertThat(throttle.blockedFor("attacker")).isPresent();
        throttle.failed("admin");
        assertThat(throttle.blockedFor("admin")).isEmpty();
    }
}
