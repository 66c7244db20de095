package org.answerdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent while a phase runs: this JVM's (app and benchmark clients, ONNX Runtime's native threads
 * included) and PostgreSQL's (every process named {@code postgres} on the machine: the embedded server's, or a
 * local external one), so a phase's cost per request can be split between the two.
 */
final class CpuUse {

    /** CPU milliseconds of this process and of PostgreSQL's processes since {@link #start()}. */
    record Spent(double processMs, double databaseMs) {
    }

    private static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

    private final long processNanos;
    private final long databaseTicks;

    private CpuUse(long processNanos, long databaseTicks) {
        this.processNanos = processNanos;
        this.databaseTicks = databaseTicks;
    }

    static CpuUse start() {
        return new CpuUse(processCpuNanos(), databaseTicks());
    }

    Spent spent() {
        return new Spent((processCpuNanos() - processNanos) / 1e6, (databaseTicks() - databaseTicks) * TICK_MS);
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** utime + stime of every live process whose name is postgres (0 where /proc cannot be read). */
    private static long databaseTicks() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuUse::postgresTicks).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long postgresTicks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
        } catch (IOException | RuntimeException e) {
            return 0; // ended meanwhile, or not ours to read
        }
    }
}
