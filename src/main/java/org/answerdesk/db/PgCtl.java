package org.answerdesk.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code initdb} and {@code pg_ctl} from the unpacked binaries, each with the {@link ChildEnvironment} only
 * (the postmaster that pg_ctl starts inherits it, and every backend from it). io.zonky's EmbeddedPostgres has no
 * way to set that environment, so the app runs these commands itself. PostgreSQL refuses to run as root; as root
 * the commands run in a user namespace of their own ({@code unshare -U}), as the library does.
 */
final class PgCtl {

    private static final Logger log = LoggerFactory.getLogger("org.answerdesk.db.postgres");
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path binaries;
    private final Path pgData;

    PgCtl(Path binaries, Path pgData) {
        this.binaries = binaries;
        this.pgData = pgData;
    }

    /** A new cluster whose superuser is {@code user}, reachable without a password until pg_hba.conf changes. */
    void initdb(String user) throws IOException {
        run(command("initdb", "-A", "trust", "-U", user, "-D", pgData.toString(), "-E", "UTF-8"), "initdb");
    }

    /** Starts the postmaster with {@code options} and returns once it accepts connections. */
    void start(List<String> options, Duration wait) throws IOException {
        run(command("pg_ctl", "-D", pgData.toString(), "-o", String.join(" ", options), "-w",
                "-t", Long.toString(wait.toSeconds()), "start"), "pg_ctl start");
    }

    /** A fast shutdown (open transactions are rolled back), waiting for it to finish. */
    void stop() throws IOException {
        run(command("pg_ctl", "-D", pgData.toString(), "stop", "-m", "fast", "-w",
                "-t", Long.toString(STOP_WAIT.toSeconds())), "pg_ctl stop");
    }

    private List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("unshare", "-U"));
        }
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        command.add(binaries.resolve("bin").resolve(windows ? program + ".exe" : program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * Runs {@code command} to its end. pg_ctl start leaves the postmaster writing to the same pipe; its lines go on
     * being logged by the reader thread until it exits.
     */
    private static void run(List<String> command, String name) throws IOException {
        ProcessBuilder builder = ChildEnvironment.applyTo(new ProcessBuilder(command)).redirectErrorStream(true);
        Process process = builder.start();
        Thread reader = new Thread(() -> logLines(process), "postgres-output-" + name.replace(' ', '-'));
        reader.setDaemon(true);
        reader.start();
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException(name + " failed with exit code " + exit + " (its output is in the log above)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException(name + " was interrupted", e);
        }
    }

    private static void logLines(Process process) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.info("{}", line);
            }
        } catch (IOException e) {
            log.debug("PostgreSQL output closed: {}", e.toString());
        }
    }

    static boolean runningAsRoot() {
        Path self = Path.of("/proc/self");
        try {
            return Files.exists(self) && Integer.valueOf(0).equals(Files.getAttribute(self, "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
