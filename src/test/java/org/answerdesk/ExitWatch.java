package org.answerdesk;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * At the test JVM's exit, prints the threads still running {@value #AFTER_SECONDS} s after it began, each with its top
 * frames, on one line: failsafe kills a fork whose exit takes 30 s, and CI has seen that happen without showing why.
 */
final class ExitWatch {

    static final int AFTER_SECONDS = 15;
    private static boolean installed;

    private ExitWatch() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread watch = new Thread(ExitWatch::report, "exit-watch");
            watch.setDaemon(true); // the JVM halts once the hooks are done, watched or not
            watch.start();
        }, "exit-watch-hook"));
    }

    private static void report() {
        try {
            Thread.sleep(AFTER_SECONDS * 1000L);
        } catch (InterruptedException e) {
            return;
        }
        for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
            // hooks made on a test worker are daemon threads too: all but the idle pool threads and the JVM's own
            String stack = Arrays.toString(t.getValue());
            if (t.getKey() != Thread.currentThread() && t.getValue().length > 0 && !stack.contains("getTask")
                    && !stack.contains("awaitWork") && !stack.contains("java.lang.ref.")
                    && !stack.contains("CleanerImpl")) {
                System.err.println("exit-watch: still running after " + AFTER_SECONDS + " s: " + t.getKey().getName()
                        + " at " + Arrays.stream(t.getValue()).limit(6).map(StackTraceElement::toString)
                        .collect(Collectors.joining(" < ")));
            }
        }
    }
}
