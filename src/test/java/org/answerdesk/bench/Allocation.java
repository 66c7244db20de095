package org.answerdesk.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Bytes allocated on the heap by this JVM's request threads (Tomcat's {@code http-nio-*-exec-*}) while a phase
 * runs, from the JVM's per-thread allocation counters: a figure the machine's load moves far less than CPU time (what
 * the JIT has compiled by then still counts: escape analysis removes allocations), so two builds of the same warm-up
 * can be compared by it in a few runs. A request thread that ends within the phase takes its bytes since the start with it
 * (Tomcat keeps ten spare threads; four clients use fewer).
 */
final class Allocation {

    private final Map<Long, Long> before;

    private Allocation(Map<Long, Long> before) {
        this.before = before;
    }

    static Allocation start() {
        return new Allocation(requestThreads());
    }

    /** Bytes the request threads allocated since {@link #start()}. */
    long bytes() {
        long sum = 0;
        for (var thread : requestThreads().entrySet()) {
            sum += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return sum;
    }

    /** Whether a thread of this name is a request thread. */
    static boolean requestThread(String name) {
        return name.startsWith("http-nio-") && name.contains("-exec-");
    }

    private static Map<Long, Long> requestThreads() {
        Map<Long, Long> bytes = new HashMap<>();
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)) {
            return bytes;
        }
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (requestThread(thread.getName())) {
                long allocated = threads.getThreadAllocatedBytes(thread.getId());
                if (allocated >= 0) {
                    bytes.put(thread.getId(), allocated);
                }
            }
        }
        return bytes;
    }
}
