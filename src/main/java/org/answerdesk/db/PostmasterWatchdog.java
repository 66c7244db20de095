package org.answerdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded postmaster die with the app also when the app is killed outright ({@code kill -9}, OOM
 * killer), where no shutdown hook runs: a tiny shell loop, started by the app, checks every second that the app's
 * process is still there, and asks the postmaster for a fast shutdown (SIGINT) once it is not. A normal shutdown
 * stops the loop first. Where there is no {@code /bin/sh} (Windows) there is no watchdog; the next start still
 * stops an orphan ({@link LeftoverPostmaster}).
 */
final class PostmasterWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);
    private static final Path SHELL = Path.of("/bin/sh");
    // $1 = the app's pid, $2 = the postmaster's pid
    private static final String LOOP = "while kill -0 \"$1\" 2>/dev/null && kill -0 \"$2\" 2>/dev/null; do sleep 1; done; "
            + "kill -0 \"$2\" 2>/dev/null && ! kill -0 \"$1\" 2>/dev/null && kill -INT \"$2\"";

    private final Process process;

    private PostmasterWatchdog(Process process) {
        this.process = process;
    }

    static Optional<PostmasterWatchdog> watch(long postmasterPid) {
        if (!Files.isExecutable(SHELL)) {
            log.info("No {}: the embedded PostgreSQL outlives a killed app until the next start", SHELL);
            return Optional.empty();
        }
        try {
            Process process = ChildEnvironment.applyTo(new ProcessBuilder(SHELL.toString(), "-c", LOOP,
                            "answerdesk-pg-watchdog", Long.toString(ProcessHandle.current().pid()),
                            Long.toString(postmasterPid)))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(new PostmasterWatchdog(process));
        } catch (IOException e) {
            log.warn("Could not start the PostgreSQL watchdog: {}", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
