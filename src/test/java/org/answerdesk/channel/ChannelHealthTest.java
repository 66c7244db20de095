package org.answerdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class ChannelHealthTest {

    /** A clock in UTC; its subclasses say what time it is. */
    abstract static class UtcClock extends Clock {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends UtcClock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A second later at every read, from any thread. */
    static final class TickingClock extends UtcClock {
        final java.util.concurrent.atomic.AtomicLong seconds = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public Instant instant() {
            return Instant.EPOCH.plusSeconds(seconds.incrementAndGet());
        }
    }

    final ManualClock clock = new ManualClock();
    final ChannelHealth health = new ChannelHealth(Duration.ofMinutes(2), clock);

    @Test
    void staysUpThroughShortFailuresAndGoesDownWhenStuck() {
        health.connected();
        health.failed("connection refused");
        clock.now = clock.now.plusSeconds(119);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("lastError", "connection refused")
                .containsEntry("connected", false);

        health.failed("connection refused again");
        clock.now = clock.now.plusSeconds(2);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.stuck()).isTrue();
    }

    /**
     * The intake reports from its own thread while monitoring reads: every report is one consistent snapshot (a read
     * between {@code connected()}'s two writes showed "UP" with "connected: false", and failed EmailHealthIT).
     */
    @Test
    void aReportReadWhileTheIntakeChangesItsStateIsOneConsistentSnapshot() throws Exception {
        ChannelHealth flapping = new ChannelHealth(Duration.ZERO, new TickingClock()); // any failure read later is stuck
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread intake = new Thread(() -> {
            while (!done.get()) {
                flapping.failed("refused");
                flapping.connected();
            }
        });
        intake.start();
        try {
            for (int i = 0; i < 200_000; i++) {
                var h = flapping.health();
                boolean connected = (Boolean) h.getDetails().get("connected");
                assertThat(connected && h.getStatus().equals(Status.DOWN)).as("DOWN while connected").isFalse();
                assertThat(connected && h.getDetails().containsKey("failingSince")).as("failing while connected")
                        .isFalse();
            }
        } finally {
            done.set(true);
            intake.join();
        }
    }

    @Test
    void oneSuccessEndsTheFailingStreak() {
        health.failed("timeout");
        clock.now = clock.now.plusSeconds(600);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        health.connected();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("connected", true).doesNotContainKey("failingSince");
    }
}
