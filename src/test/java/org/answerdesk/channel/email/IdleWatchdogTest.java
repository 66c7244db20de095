package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The bound on IMAP IDLE: a mailbox whose wake-up hangs (its connection does) must not keep another waiting. */
class IdleWatchdogTest {

    private static final Duration LIMIT = Duration.ofMillis(100);

    @Test
    void aHangingWakeUpOfOneMailboxDoesNotDelayAnother() throws Exception {
        var hung = new CountDownLatch(1);
        var wakeStarted = new CountDownLatch(1);
        var readTimedOut = new CountDownLatch(1); // stands for the hung connection's read time-out
        var first = CompletableFuture.runAsync(() -> {
            try {
                IdleWatchdog.idle(until(readTimedOut), () -> {
                    wakeStarted.countDown();
                    hung.await();
                }, LIMIT);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(wakeStarted.await(5, TimeUnit.SECONDS)).as("the first mailbox's wake-up started").isTrue();

            var secondWoken = new CountDownLatch(1);
            var second = CompletableFuture.runAsync(() -> {
                try {
                    IdleWatchdog.idle(until(secondWoken), secondWoken::countDown, LIMIT);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // with one shared thread for every wake-up, the second waited behind the first's hanging NOOP for ever
            second.get(5, TimeUnit.SECONDS);
            assertThat(first).isNotDone();
        } finally {
            readTimedOut.countDown();
            hung.countDown();
        }
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anIdleThatEndsByItselfIsNotWoken() throws Exception {
        var woken = new CountDownLatch(1);
        IdleWatchdog.idle(() -> { }, woken::countDown, LIMIT);
        // the timer was cancelled: waiting well past the limit shows the wake-up never ran
        assertThat(woken.await(3 * LIMIT.toMillis(), TimeUnit.MILLISECONDS)).isFalse();
    }

    private static IdleWatchdog.Idle until(CountDownLatch latch) {
        return () -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
