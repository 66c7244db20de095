package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ReplyBudgetTest {

    /** A clock the test moves on. */
    private static final class Manual extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void anAddressGetsTheHourlyNumberOfAnswersInAnyCaseThenMoreAfterTheHour() {
        var clock = new Manual();
        var budget = new ReplyBudget(2, clock);
        budget.spend("victim@example.org");
        budget.spend("Victim@Example.ORG");
        assertThat(budget.allows("victim@example.org")).isFalse();
        assertThat(budget.allows("someone@example.org")).isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertThat(budget.allows("victim@example.org")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(budget.allows("victim@example.org")).isTrue();
    }
}
