package org.answerdesk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The app as a separate process launched as the README and the deployments launch it, with the JVM options of
 * {@code deploy/jvm.options}, so that its resident memory is what an operator would see. The system property
 * {@code bench.jvm} replaces them (space-separated JVM options; {@code defaults} for none, the JVM's own sizing) to
 * compare with another launch. Runs the packaged jar if one is given, else the main classes and dependencies this
 * benchmark runs on (always the current code).
 */
final class AppProcess implements AutoCloseable {

    static final String ADMIN_TOKEN = "bench-admin-token";

    private final Process process;
    private final long started;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private AppProcess(Process process, long started, int port) {
        this.process = process;
        this.started = started;
        this.port = port;
    }

    /** Starts the app on a free port with the given data directory and extra Spring arguments, not adapting. */
    static AppProcess start(java.util.Optional<Path> jar, Path dataDir, List<String> springArgs, Path log)
            throws IOException {
        return start(jar, dataDir, springArgs, log, false);
    }

    /** As {@link #start(java.util.Optional, Path, List, Path)}, adapting the model to the FAQ if {@code adapt}. */
    static AppProcess start(java.util.Optional<Path> jar, Path dataDir, List<String> springArgs, Path log,
                            boolean adapt) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Arrays.stream(jvmOptions().split(" ")).filter(o -> !o.isBlank() && !o.equals("defaults")).forEach(command::add);
        if (jar.isPresent()) {
            command.addAll(List.of("-jar", jar.get().toString()));
        } else {
            command.addAll(List.of("-cp", mainClasspath(), "org.answerdesk.AnswerdeskApplication"));
        }
        // health on the same port: the benchmark waits on it there (the app's default is a port of its own)
        command.addAll(List.of("--server.port=" + port, "--management.server.port=" + port,
                "--answerdesk.data-dir=" + dataDir,
                "--answerdesk.api.rate-limit.enabled=false", "--answerdesk.faq.adapt=" + adapt,
                "--logging.level.root=WARN",
                "--logging.level.org.answerdesk.faq=INFO"));
        command.addAll(springArgs);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ANSWERDESK_ADMIN_TOKEN", ADMIN_TOKEN);
        long started = System.nanoTime();
        return new AppProcess(builder.start(), started, port);
    }

    /** The JVM options the app is launched with, as the benchmarks report them. */
    static String jvmOptions() {
        return System.getProperty("bench.jvm", "@deploy/jvm.options");
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until {@code /actuator/health} answers 200; returns the time since the process was started. */
    Duration awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue());
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the app was not ready within " + limit);
    }

    /** A GET with the admin token; the body. */
    String adminGet(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Resident set size now, and its peak since start ({@code VmRSS}, {@code VmHWM}), in MB. */
    long[] rssMb() throws IOException {
        Map<String, Long> kb = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(l -> l.startsWith("VmRSS:") || l.startsWith("VmHWM:"))
                .collect(Collectors.toMap(l -> l.substring(0, 5), l -> Long.parseLong(l.replaceAll("\\D", ""))));
        return new long[] {kb.get("VmRSS") / 1024, kb.get("VmHWM") / 1024};
    }

    /** Stops the app as an operator would (SIGTERM: graceful shutdown, the embedded database stopped with it). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** This benchmark's classpath without the test classes (their config would apply to the app). */
    private static String mainClasspath() {
        List<URL> urls = AppProcess.class.getClassLoader() instanceof URLClassLoader loader
                ? Arrays.asList(loader.getURLs()) : List.of();
        List<String> paths = new ArrayList<>();
        if (urls.isEmpty()) {
            paths.addAll(Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        }
        for (URL url : urls) {
            try {
                paths.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return paths.stream().filter(p -> !p.endsWith("test-classes") && !p.endsWith("test-classes/"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
