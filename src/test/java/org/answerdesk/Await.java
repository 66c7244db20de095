package org.answerdesk;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls a probe until a condition holds, for at most five minutes unless told otherwise: how the tests wait for
 * asynchronous work. The bound only catches a hang: a passing test waits no longer for it, and a busy or niced machine
 * is not a hang (an app's first answer waits for its act phrasings' embedding, which took 108 s at a load of 20 here, and a FAQ health report over 2 minutes at a load of 28).
 */
public final class Await {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    private Await() {
    }

    public static <T> T await(Supplier<T> probe, Predicate<T> condition, String what) {
        return await(LIMIT, probe, condition, what);
    }

    /** The same with a limit of its own, for what is slow on a loaded machine (an app starting in its own JVM). */
    public static <T> T await(Duration limit, Supplier<T> probe, Predicate<T> condition, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        T value = probe.get();
        while (!condition.test(value)) {
            if (System.nanoTime() > deadline) {
                // what the threads that should have done it were doing: the only clue a CI log keeps
                System.err.println(threads());
                throw new AssertionError("timed out waiting for " + what + "; last value: " + value);
            }
            pause(100);
            value = probe.get();
        }
        return value;
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String threads() {
        StringBuilder dump = new StringBuilder("Threads at the time-out:\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
            for (StackTraceElement frame : stack) {
                dump.append("    at ").append(frame).append('\n');
            }
        });
        return dump.toString();
    }
}
