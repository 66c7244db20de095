package org.answerdesk.db;

import static org.answerdesk.Await.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.PortFile;

/** The app in a JVM of its own (the test's class path), so that a test can kill it as an OOM killer would. */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Process process;
    public final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the app on {@code dataDir} and returns once its health endpoint answers UP. */
    static AppProcess start(Path dataDir, Path log) throws IOException {
        return start(dataDir, log, List.of());
    }

    /** Starts the app with more {@code --key=value} arguments (another database, channels) and waits for UP. */
    public static AppProcess start(Path dataDir, Path log, List<String> settings) throws IOException {
        return start(dataDir, log, settings, Map.of());
    }

    /** As {@link #start(Path, Path, List)}, with more environment variables (secrets, as an operator sets them). */
    static AppProcess start(Path dataDir, Path log, List<String> settings, Map<String, String> environment)
            throws IOException {
        // port 0 and the port the app took read back (PortFile): a port found free here and handed over could be
        // taken by another app before this one binds it, and the health below answered by that app
        Files.createDirectories(log.getParent());
        Path portFile = log.resolveSibling(log.getFileName() + ".port");
        Files.deleteIfExists(portFile);
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-D" + PortFile.PROPERTY + "=" + portFile.toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"),
                AnswerdeskApplication.class.getName(), "--server.port=0", "--answerdesk.data-dir=" + dataDir));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            // a bound that only catches a hang: a JVM starting on a busy machine (other JVMs starting alongside) takes
            // longer than the usual 30 s, and over 2 minutes to open its port at a load average of 30
            await(Duration.ofMinutes(5), () -> !process.isAlive() || Files.exists(portFile), ready -> ready,
                    "the app to open its port, see " + log);
            if (!process.isAlive()) {
                throw new AssertionError("the app exited with " + process.exitValue() + " at start, see " + log);
            }
        } catch (RuntimeException | Error e) {
            new AppProcess(process, -1).close();
            throw e;
        }
        AppProcess app = new AppProcess(process, Integer.parseInt(Files.readString(portFile).strip()));
        try {
            await(Duration.ofSeconds(300), () -> !process.isAlive() || app.healthStatus() == 200, ready -> ready,
                    "the app to start, see " + log);
            if (!process.isAlive()) {
                throw new AssertionError("the app exited with " + process.exitValue() + " at start, see " + log);
            }
            return app;
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
    }

    public int healthStatus() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The app's PostgreSQL watchdog, a {@code /bin/sh} child named answerdesk-pg-watchdog. */
    List<ProcessHandle> watchdogs() {
        return process.descendants().filter(p -> p.info().arguments()
                .map(args -> List.of(args).contains("answerdesk-pg-watchdog")).orElse(false)).toList();
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
