package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The bound on IMAP IDLE: a mailbox whose wake-up hangs (its connection does) must not keep another mailbox
 * waiting, and an IDLE that a NOOP does not end is ended by closing the folder.
 */
class IdleWatchdogTest {

    private static final Duration LIMIT = Duration.ofMillis(100);

    @Test
    void aHangingWakeUpOfOneMailboxDoesNotDelayAnother() throws Exception {
        var hung = new CountDownLatch(1); // never counted down while the test runs
        var wakeStarted = new CountDownLatch(1);
        var firstEnded = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> {
            try {
                // a mailbox whose NOOP blocks; its IDLE only ends when its folder is closed by force
                IdleWatchdog.idle(until(firstEnded), () -> {
                    wakeStarted.countDown();
                    hung.await();
                }, firstEnded::countDown, LIMIT);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(wakeStarted.await(5, TimeUnit.SECONDS)).as("the first mailbox's wake-up started").isTrue();

        var secondWoken = new CountDownLatch(1);
        var second = CompletableFuture.runAsync(() -> {
            try {
                IdleWatchdog.idle(until(secondWoken), secondWoken::countDown, () -> { }, LIMIT);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // with one shared thread for every wake-up, the second waited behind the first's hanging NOOP for ever
        second.get(5, TimeUnit.SECONDS);
        first.get(5, TimeUnit.SECONDS); // ended by the forced close although its NOOP still hangs
        assertThat(hung.getCount()).isEqualTo(1);
    }

    @Test
    void anIdleThatEndsByItselfIsNeitherWokenNorClosed() throws Exception {
        var woken = new CountDownLatch(1);
        var closed = new CountDownLatch(1);
        IdleWatchdog.idle(() -> { }, woken::countDown, closed::countDown, LIMIT);
        // the timers were cancelled: waiting past both limits shows neither ran
        assertThat(woken.await(3 * LIMIT.toMillis(), TimeUnit.MILLISECONDS)).isFalse();
        assertThat(closed.getCount()).isEqualTo(1);
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
