package org.answerdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time spent while a phase runs: this JVM's (app and benchmark clients, ONNX Runtime's native threads
 * included) and PostgreSQL's, so a phase's cost per request can be split between the two.
 *
 * <p>PostgreSQL's is the embedded server's own when its data directory is given: its postmaster's CPU, with that of
 * the backends it has reaped (the kernel adds an ended child's time to its parent's {@code cutime}/{@code cstime}),
 * and that of its live children. On a shared machine every other process named {@code postgres} (other builds'
 * embedded servers, starting and stopping) would otherwise count too. Without a data directory (an external server)
 * it is every live process named {@code postgres} on the machine.
 *
 * <p>This JVM's CPU is also split by its threads' kernel names ({@code /proc/self/task}, 10 ms ticks): Tomcat's
 * (the request threads, with the poller and acceptor, whose names the kernel cuts to the same 15 characters), the
 * threads named {@code java} (the launcher's main thread and the threads started from it with no name of their own,
 * such as ONNX Runtime's intra-op pool), the JIT compilers, the garbage collector (with the VM thread), and the
 * rest: the process's CPU less those, which holds the benchmark's client threads (they end with their phase, so their
 * own ticks are gone by its end), JFR and the app's other threads. The Java threads alive at the phase's end are
 * also given by their full names ({@code ThreadMXBean}), which tell Tomcat's executor from its poller and the app's
 * schedulers from each other.
 */
final class CpuUse {

    /**
     * CPU milliseconds of this process and of PostgreSQL's processes since {@link #start()}, and this process's by
     * kind of thread ({@link #KINDS}, then "rest").
     */
    record Spent(double processMs, double databaseMs, Map<String, Double> threadsMs, Map<String, Double> javaMs) {

        /** The threads' milliseconds per request, "name a.bc" each, for a report line. */
        String perRequest(int requests) {
            return threadsMs.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(),
                    e.getValue() / requests)).collect(Collectors.joining(", "));
        }

        /**
         * The Java threads' milliseconds per request by full name (digits as {@code #}), the {@code top} largest,
         * "name a.bc" each: Tomcat's executor apart from its poller and acceptor, the app's schedulers and pools.
         */
        String javaPerRequest(int requests, int top) {
            return javaMs.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                    .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / requests))
                    .collect(Collectors.joining(", "));
        }
    }

    /** The kinds of this JVM's threads, by the start of their kernel name (digits as they are). */
    static final Map<String, java.util.function.Predicate<String>> KINDS = kinds();

    private static Map<String, java.util.function.Predicate<String>> kinds() {
        Map<String, java.util.function.Predicate<String>> kinds = new LinkedHashMap<>();
        kinds.put("tomcat", n -> n.startsWith("http-nio-"));
        kinds.put("java", "java"::equals);
        kinds.put("jit", n -> n.contains("CompilerThre"));
        kinds.put("gc", n -> n.startsWith("GC Thread") || n.startsWith("G1 ") || n.equals("VM Thread"));
        return kinds;
    }

    private static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

    private final Path postgresData;
    private final long processNanos;
    private final long databaseTicks;
    private final Map<String, long[]> threadTicks;
    private final Map<Long, Long> javaNanos;

    private CpuUse(Path postgresData, long processNanos, long databaseTicks, Map<String, long[]> threadTicks,
                   Map<Long, Long> javaNanos) {
        this.postgresData = postgresData;
        this.processNanos = processNanos;
        this.databaseTicks = databaseTicks;
        this.threadTicks = threadTicks;
        this.javaNanos = javaNanos;
    }

    /** Counts every process named postgres on the machine. */
    static CpuUse start() {
        return start(null);
    }

    /** Counts the server whose data directory is {@code postgresData} (null or no server there: every postgres). */
    static CpuUse start(Path postgresData) {
        return new CpuUse(postgresData, processCpuNanos(), databaseTicks(postgresData), threadTicks(), javaNanos());
    }

    Spent spent() {
        double process = (processCpuNanos() - processNanos) / 1e6;
        Map<String, long[]> now = threadTicks();
        Map<String, Double> byKind = new LinkedHashMap<>();
        KINDS.forEach((kind, named) -> byKind.put(kind, 0.0));
        double counted = 0;
        for (var thread : now.entrySet()) {
            String name = kindOf(thread.getKey());
            if (name != null) {
                long[] before = threadTicks.get(thread.getKey());
                double ms = (thread.getValue()[0] - (before == null ? 0 : before[0])) * TICK_MS;
                byKind.merge(name, ms, Double::sum);
                counted += ms;
            }
        }
        byKind.put("rest", process - counted);
        Map<String, Double> byName = new LinkedHashMap<>();
        var threads = ManagementFactory.getThreadMXBean();
        for (var thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            long cpuNow = thread == null ? -1 : threads.getThreadCpuTime(thread.getThreadId());
            if (cpuNow >= 0) { // -1: ended meanwhile
                byName.merge(thread.getThreadName().replaceAll("[0-9]+", "#"),
                        (cpuNow - javaNanos.getOrDefault(thread.getThreadId(), 0L)) / 1e6, Double::sum);
            }
        }
        return new Spent(process, (databaseTicks(postgresData) - databaseTicks) * TICK_MS, byKind, byName);
    }

    /** Each live Java thread's CPU nanoseconds by its id. */
    private static Map<Long, Long> javaNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> nanos = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu >= 0) {
                nanos.put(id, cpu);
            }
        }
        return nanos;
    }

    /** The kind of a thread by its key ("tid name"), or null for the rest. */
    private static String kindOf(String key) {
        return kind(key.substring(key.indexOf(' ') + 1));
    }

    /** The kind of a thread by its kernel name, or null for the rest. */
    static String kind(String name) {
        return KINDS.entrySet().stream().filter(k -> k.getValue().test(name)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** utime + stime of each live thread of this process, by "tid name" (empty where /proc cannot be read). */
    private static Map<String, long[]> threadTicks() {
        Map<String, long[]> ticks = new LinkedHashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks.put(task.getFileName() + " " + stat.substring(stat.indexOf('(') + 1, close),
                            new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12])});
                } catch (IOException | RuntimeException e) {
                    // ended meanwhile: its ticks go to the rest
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long databaseTicks(Path postgresData) {
        long postmaster = postmaster(postgresData);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> ticks(p, postmaster)).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The postmaster's pid, the first line of {@code postmaster.pid}; -1 when there is none to read. */
    private static long postmaster(Path postgresData) {
        if (postgresData == null) {
            return -1;
        }
        try {
            return Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * utime + stime of a process named postgres (0 where /proc cannot be read); with a postmaster, only of it (with
     * its reaped children's) and of its children.
     */
    private static long ticks(Path proc, long postmaster) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" "); // fields[0] is stat's field 3
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            if (postmaster < 0) {
                return own;
            }
            long pid = Long.parseLong(proc.getFileName().toString());
            if (pid == postmaster) {
                return own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // cutime, cstime (16, 17)
            }
            return Long.parseLong(fields[1]) == postmaster ? own : 0; // ppid (field 4)
        } catch (IOException | RuntimeException e) {
            return 0; // ended meanwhile, or not ours to read
        }
    }
}
