package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A failing background job waits longer after each failure, up to a cap, and logs only when its state changes. */
class BackoffTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T08:00:00Z"));
    private final Logger log = (Logger) LoggerFactory.getLogger("backoff-test");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Backoff backoff = new Backoff("Estimating the FAQ's health", now::get, Duration.ofSeconds(1),
            Duration.ofMinutes(10), log);

    BackoffTest() {
        logged.start();
        // whatever level another test's logging set up left for it: this test reads every line the backoff writes
        log.setLevel(ch.qos.logback.classic.Level.ALL);
        log.addAppender(logged);
    }

    @Test
    void eachFailureDoublesTheWaitUpToTheCap() {
        assertThat(backoff.due()).isTrue();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Duration wait = backoff.failed(new NegativeArraySizeException("-1"));
            waits.add(wait.toSeconds());
            assertThat(backoff.due()).isFalse();
            advance(wait.minusMillis(1));
            assertThat(backoff.due()).isFalse(); // not a moment early
            advance(Duration.ofMillis(1));
            assertThat(backoff.due()).isTrue();
        }
        assertThat(waits).startsWith(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 600L).endsWith(600L);
    }

    @Test
    void aSuccessStartsOverAndEachStateChangeIsLoggedOnce() {
        for (int i = 0; i < 5; i++) {
            backoff.failed(new NegativeArraySizeException("-1"));
        }
        backoff.failed(new IllegalStateException("another"));
        backoff.succeeded();
        backoff.succeeded();
        assertThat(backoff.due()).isTrue();
        assertThat(backoff.failed(new IllegalStateException("again"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).hasSize(4)
                .satisfiesExactly(
                        m -> assertThat(m).contains("NegativeArraySizeException"),
                        m -> assertThat(m).contains("another"),
                        m -> assertThat(m).contains("works again, after 6 failed"),
                        m -> assertThat(m).contains("again"));
    }

    private void advance(Duration d) {
        now.set(now.get().plus(d));
    }
}
