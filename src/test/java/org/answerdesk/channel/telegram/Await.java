package org.answerdesk.channel.telegram;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a probe until a condition holds, for at most 20 seconds. */
final class Await {

    private Await() {
    }

    static <T> T until(Supplier<T> probe, Predicate<T> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        T value = probe.get();
        while (!condition.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; last value: " + value);
            }
            pause(100);
            value = probe.get();
        }
        return value;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
