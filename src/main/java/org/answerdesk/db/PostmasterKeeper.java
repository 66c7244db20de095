package org.answerdesk.db;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded postmaster running while the app runs: checks every second that it is alive and, once it is
 * not ({@code kill -9}, the OOM killer), starts it again on the same port and data directory (PostgreSQL replays
 * its WAL, so nothing committed is lost) and watches the new one with a {@link PostmasterWatchdog}. Meanwhile the
 * pool's connections fail and readiness is DOWN; the pool reconnects by itself afterwards. A start that fails
 * (the dead server's backends still hold its shared memory) is tried again at the next check.
 */
final class PostmasterKeeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostmasterKeeper.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final PgCtl pgCtl;
    private final Path pgData;
    private final List<String> options;
    private final Duration startupWait;
    private final ScheduledExecutorService checks;
    private volatile ProcessHandle postmaster; // changed by the checks' one thread only
    private volatile Optional<PostmasterWatchdog> watchdog;
    private int failedStarts; // since the postmaster was last seen dead; the checks' thread only

    private PostmasterKeeper(PgCtl pgCtl, Path pgData, List<String> options, Duration startupWait) {
        this.pgCtl = pgCtl;
        this.pgData = pgData;
        this.options = options;
        this.startupWait = startupWait;
        this.checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "postmaster-keeper");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Watches the postmaster that {@code pgCtl} just started with {@code options}. */
    static PostmasterKeeper keep(PgCtl pgCtl, Path pgData, List<String> options, Duration startupWait)
            throws IOException {
        var keeper = new PostmasterKeeper(pgCtl, pgData, options, startupWait);
        keeper.follow();
        keeper.checks.scheduleWithFixedDelay(keeper::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return keeper;
    }

    private void check() {
        if (postmaster.isAlive()) {
            return;
        }
        if (failedStarts == 0) {
            log.warn("The embedded PostgreSQL (pid {}) is gone; starting it again", postmaster.pid());
        }
        try {
            watchdog.ifPresent(PostmasterWatchdog::close);
            LeftoverPostmaster.clear(pgData);
            pgCtl.start(options, startupWait);
            follow();
            failedStarts = 0;
            log.info("The embedded PostgreSQL runs again (pid {})", postmaster.pid());
        } catch (IOException | RuntimeException e) {
            failedStarts++;
            if (Integer.bitCount(failedStarts) == 1) { // the 1st, 2nd, 4th, 8th ... failure: no log flood
                log.warn("Could not start the embedded PostgreSQL again ({} attempts; {}); trying every {} s",
                        failedStarts, e.getMessage(), CHECK_EVERY.toSeconds());
            }
        }
    }

    /** Takes the postmaster named in {@code postmaster.pid} as the one to keep, with a watchdog of its own. */
    private void follow() throws IOException {
        long pid = LeftoverPostmaster.pid(pgData)
                .orElseThrow(() -> new IOException("PostgreSQL started but wrote no postmaster.pid"));
        // a handle remembers the process's start time: a later process with the same pid is not taken for it
        postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IOException("PostgreSQL (pid " + pid + ") exited right after its start"));
        watchdog = PostmasterWatchdog.watch(pid);
    }

    /** Stops checking (waiting for a start in progress to end) and stops the watchdog; the server keeps running. */
    @Override
    public void close() {
        checks.shutdownNow();
        try {
            if (!checks.awaitTermination(startupWait.toSeconds() + 5, TimeUnit.SECONDS)) {
                log.warn("The PostgreSQL keeper did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watchdog.ifPresent(PostmasterWatchdog::close);
    }
}
