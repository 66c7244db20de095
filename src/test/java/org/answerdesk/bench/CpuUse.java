package org.answerdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
final class CpuUse {

    /** CPU milliseconds of this process and of PostgreSQL's processes since {@link #start()}. */
    record Spent(double processMs, double databaseMs) {
    }

    private static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

    private final Path postgresData;
    private final long processNanos;
    private final long databaseTicks;

    private CpuUse(Path postgresData, long processNanos, long databaseTicks) {
        this.postgresData = postgresData;
        this.processNanos = processNanos;
        this.databaseTicks = databaseTicks;
    }

    /** Counts every process named postgres on the machine. */
    static CpuUse start() {
        return start(null);
    }

    /** Counts the server whose data directory is {@code postgresData} (null or no server there: every postgres). */
    static CpuUse start(Path postgresData) {
        return new CpuUse(postgresData, processCpuNanos(), databaseTicks(postgresData));
    }

    Spent spent() {
        return new Spent((processCpuNanos() - processNanos) / 1e6,
                (databaseTicks(postgresData) - databaseTicks) * TICK_MS);
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
