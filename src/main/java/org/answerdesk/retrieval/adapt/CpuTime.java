package org.answerdesk.retrieval.adapt;

import java.lang.management.ManagementFactory;

/**
 * The clock an adaptation's time limit runs on: the CPU time of the process, which other jobs on the machine barely
 * change. On the wall clock a loaded machine shortened the same training to fewer steps (another model, other
 * thresholds) than a quiet one.
 */
final class CpuTime {

    private CpuTime() {
    }

    /** The process's CPU time in nanoseconds; the wall clock where the JVM does not report it. */
    static long ofProcess() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long cpu = os.getProcessCpuTime();
            if (cpu >= 0) {
                return cpu;
            }
        }
        return System.nanoTime();
    }
}
