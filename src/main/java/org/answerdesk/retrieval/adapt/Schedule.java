package org.answerdesk.retrieval.adapt;

/** The learning rate over an adaptation's steps, and how many steps fit its time limit. */
final class Schedule {

    private Schedule() {
    }

    /**
     * The learning rate of step {@code step} (from 0) of {@code steps}: rising linearly over the first tenth to
     * {@code peak}, then falling linearly to {@code peak / (steps - warm-up)} at the last step (never 0: no step is
     * wasted).
     */
    static double rate(double peak, int step, int steps) {
        int warmup = Math.max(1, steps / 10);
        return step < warmup ? peak * (step + 1) / warmup
                : peak * (steps - step) / (double) Math.max(1, steps - warmup);
    }

    /**
     * How many steps of the {@code planned} ones fit in the CPU time left at the CPU pace of the {@code done} so far
     * (all once fewer than 4 are done): the learning rate then decays to its end within the time limit instead of
     * stopping at its peak. Only a training near its limit is shortened, and by CPU time, which other jobs on the
     * machine barely change.
     */
    static int stepsThatFit(int planned, int done, long elapsedNanos, long remainingNanos) {
        if (done < 4 || elapsedNanos <= 0) {
            return planned;
        }
        long more = Math.max(1, (long) (remainingNanos / ((double) elapsedNanos / done)));
        return (int) Math.min(planned, done + more);
    }
}
