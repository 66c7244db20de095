package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.Test;

/**
 * The bound on IMAP IDLE: an IDLE that a NOOP does not end (the server never answers) gives the poller back an
 * exception instead of keeping it for ever, and a mailbox whose wake-up hangs does not delay another.
 */
class IdleWatchdogTest {

    private static final Duration LIMIT = Duration.ofMillis(100);

    @Test
    void anIdleThatTheWakeUpDoesNotEndGivesThePollerAnExceptionAndDelaysNoOtherMailbox() throws Exception {
        var hung = new CountDownLatch(1); // neither the IDLE nor its NOOP ever ends while the test runs
        var wakeStarted = new CountDownLatch(1);
        try {
            var first = CompletableFuture.runAsync(() -> {
                try {
                    IdleWatchdog.idle(until(hung), () -> {
                        wakeStarted.countDown();
                        hung.await();
                    }, LIMIT);
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(wakeStarted.await(5, TimeUnit.SECONDS)).as("the first mailbox's wake-up started").isTrue();

            var secondWoken = new CountDownLatch(1);
            IdleWatchdog.idle(until(secondWoken), secondWoken::countDown, LIMIT); // returns: not held up by the first

            assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .rootCause().isInstanceOf(MessagingException.class).hasMessageContaining("did not end");
        } finally {
            hung.countDown();
        }
    }

    @Test
    void anIdleThatEndsByItselfIsNotWoken() throws Exception {
        var woken = new CountDownLatch(1);
        IdleWatchdog.idle(() -> { }, woken::countDown, LIMIT);
        // it ended before the limit: waiting well past it shows the wake-up never ran
        assertThat(woken.await(3 * LIMIT.toMillis(), TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void whatTheIdleThrowsReachesThePoller() {
        assertThatThrownBy(() -> IdleWatchdog.idle(() -> {
            throw new MessagingException("connection dropped");
        }, () -> { }, LIMIT)).isInstanceOf(MessagingException.class).hasMessage("connection dropped");
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
