package org.answerdesk.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a crashed app leaves in the data directory: after a {@code kill -9} the postmaster it started keeps
 * running as an orphan (and its {@code postmaster.pid} would stop the next start), or the pid file outlives its
 * process. Called only while answerdesk holds the data directory's lock, so a live postmaster of this directory
 * belongs to no other running app.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(10);

    private LeftoverPostmaster() {
    }

    /** The first line of {@code postmaster.pid}, if the file is there and names a process. */
    static Optional<Long> pid(Path pgData) throws IOException {
        Path file = pgData.resolve("postmaster.pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void clear(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = pid(pgData).flatMap(ProcessHandle::of)
                .filter(process -> isPostmasterOf(process, pgData));
        if (orphan.isPresent()) {
            log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run that did not shut down",
                    orphan.get().pid(), pgData);
            stop(orphan.get(), pgData);
        } else {
            log.warn("Removing {}: no PostgreSQL of this directory runs under the pid it names", pidFile);
        }
        Files.deleteIfExists(pidFile);
    }

    /** A live postgres process whose command line (where the OS shows it) names this data directory. */
    static boolean isPostmasterOf(ProcessHandle process, Path pgData) {
        var info = process.info();
        // Linux shows " (deleted)" after a binary since removed (the library re-extracted its binaries)
        boolean postgres = process.isAlive() && info.command()
                .map(command -> Path.of(command.replace(" (deleted)", "")).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .orElse(false);
        return postgres && info.arguments().map(args -> namesDataDirectory(List.of(args), pgData)).orElse(true);
    }

    /** {@code -D dir}, absolute or (as pg_ctl was given it) relative to where it was started. */
    private static boolean namesDataDirectory(List<String> args, Path pgData) {
        int d = args.indexOf("-D");
        if (d < 0 || d + 1 >= args.size()) {
            return false;
        }
        Path named = Path.of(args.get(d + 1)).normalize();
        return named.isAbsolute() ? named.equals(pgData.toAbsolutePath().normalize())
                : pgData.toAbsolutePath().normalize().endsWith(named);
    }

    /** A fast shutdown (SIGINT; SIGTERM where there is no kill command), then SIGKILL after a grace period. */
    private static void stop(ProcessHandle postmaster, Path pgData) {
        try {
            boolean signalled = ChildEnvironment.applyTo(
                            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
            if (!signalled) {
                postmaster.destroy();
            }
            postmaster.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("PostgreSQL (pid {}) did not stop in {} s; killing it", postmaster.pid(), GRACE.toSeconds());
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            try {
                postmaster.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") still runs on " + pgData
                        + " and could not be stopped; stop it, then start answerdesk again", stillThere);
            }
        }
    }
}
