package org.answerdesk.bench;

import static org.answerdesk.HttpApi.json;

import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.answerdesk.retrieval.Csv;

/**
 * What adapting the model to the FAQ costs the bot that answers meanwhile, in one run: the app as a separate
 * process (the JVM's default settings) on a fresh data directory with the sample FAQ, which it adapts at start in
 * its training process. While that process runs, {@code POST /api/chat} is asked one question at a time (every
 * text distinct, so each pays for its embedding) and the resident memory of the app and of the training process is
 * sampled; once the adapted model serves, the same number of questions is asked again, idle. Prints chat p50/p99
 * during training and idle (and their ratios), the peak RSS of both processes, and the time from start to the
 * adapted model serving. Not a test: run it by hand,
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.answerdesk.bench.TrainingBenchmark</pre>
 *
 * Options: {@code --jar target/answerdesk.jar} (run the packaged jar), {@code --adapt-delay 20s} (how long the app
 * waits before training, which the first chat requests warm up in).
 */
public final class TrainingBenchmark {

    public static void main(String[] args) throws Exception {
        Optional<Path> jar = Optional.ofNullable(arg(args, "--jar")).map(Path::of);
        String delay = Optional.ofNullable(arg(args, "--adapt-delay")).orElse("20s");
        List<String> questions = questions();
        Path dataDir = Files.createTempDirectory("answerdesk-training-bench-");
        Report report = new Report();
        report.line(String.format(Locale.ROOT, "machine: %d cores, Java %s, load average %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage()));
        try (var app = AppProcess.start(jar, dataDir, List.of("--answerdesk.faq.adapt-delay=" + delay),
                dataDir.resolve("app.log"), true)) {
            Duration ready = app.awaitReady(Duration.ofMinutes(3));
            long startedAt = System.nanoTime() - ready.toNanos();
            PlainHttp api = new PlainHttp(app.port());
            int n = 0;
            Optional<ProcessHandle> training = Optional.empty();
            while (training.isEmpty()) { // warm-up until the training starts
                ask(api, questions, n++);
                // the app's training process, not its PostgreSQL: the one working in <data-dir>/adapt-work
                training = ProcessHandle.of(app.pid()).flatMap(p -> p.children()
                        .filter(c -> c.info().commandLine().orElse("").contains("adapt-work")).findFirst());
            }
            long trainingPid = training.get().pid();
            AtomicLong appPeak = new AtomicLong();
            AtomicLong childPeak = new AtomicLong();
            java.util.concurrent.atomic.AtomicReference<String> childAtPeak = new java.util.concurrent.atomic.AtomicReference<>("");
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    appPeak.accumulateAndGet(rssMb(app.pid()), Math::max);
                    long child = rssMb(trainingPid);
                    if (child > childPeak.get()) {
                        childPeak.set(child);
                        childAtPeak.set(status(trainingPid, "RssAnon:") + " MB anonymous, "
                                + status(trainingPid, "RssFile:") + " MB mapped files");
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long appBefore = rssMb(app.pid());
            sampler.start();
            List<Long> during = new ArrayList<>();
            while (training.get().isAlive()) {
                long t = System.nanoTime();
                ask(api, questions, n++);
                during.add(System.nanoTime() - t);
            }
            long childEnded = appPeak.get();
            while (adaptations(app, "trained") < 1) {
                if (adaptations(app, "failed") > 0) {
                    throw new IllegalStateException("the adaptation failed; see " + dataDir.resolve("app.log"));
                }
                ask(api, questions, n++);
            }
            sampler.interrupt(); // the app's peak covers the swap-in too (the adapted model loaded, the index built)
            sampler.join();
            double toAdapted = (System.nanoTime() - startedAt) / 1e9;
            String heap = heapInfo(app.pid()); // what of the app's RSS is its Java heap, once the adapted model serves
            List<Long> idle = new ArrayList<>();
            for (int i = 0; i < during.size(); i++) {
                long t = System.nanoTime();
                ask(api, questions, n++);
                idle.add(System.nanoTime() - t);
            }
            report.header();
            double[] busy = report.row("POST /api/chat while the training runs", during);
            double[] calm = report.row("POST /api/chat idle (adapted model)", idle);
            report.line(String.format(Locale.ROOT, "ratio training / idle: p50 %.2f, p99 %.2f", busy[0] / calm[0],
                    busy[1] / calm[1]));
            report.line(String.format(Locale.ROOT, "app RSS: %d MB before the training, peak %d MB while the training "
                    + "process ran, peak %d MB until the adapted model served, %d MB after the idle questions (VmHWM %d "
                    + "MB); training process RSS peak %d MB (%s)", appBefore, childEnded, appPeak.get(),
                    app.rssMb()[0], app.rssMb()[1], childPeak.get(), childAtPeak.get()));
            report.line("app heap when the adapted model served: " + heap);
            report.line(String.format(Locale.ROOT, "start to adapted model serving: %.1f s (ready after %.1f s, "
                    + "adapt delay %s)", toAdapted, ready.toMillis() / 1e3, delay));
        }
        report.print();
    }

    private static double adaptations(AppProcess app, String outcome) throws Exception {
        return app.adminGet("/actuator/prometheus").lines()
                .filter(l -> l.startsWith("answerdesk_faq_adaptations_total{") && l.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static void ask(PlainHttp api, List<String> questions, int i) {
        var r = api.post("/api/chat", json("session_id", "bench-training-" + i, "message",
                questions.get(i % questions.size()) + " (" + i + ")"));
        if (r.status() != 200) {
            throw new IllegalStateException("HTTP " + r.status() + ": " + r.body());
        }
    }

    private static long rssMb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(0);
        } catch (java.io.IOException e) {
            return 0; // ended
        }
    }

    /** The first line of {@code jcmd PID GC.heap_info} (committed and used heap), or why there is none. */
    private static String heapInfo(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            return out.lines().filter(l -> l.contains(" heap ")).findFirst().orElse("?").strip();
        } catch (java.io.IOException e) {
            return "no jcmd: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static long status(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith(field)).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static List<String> questions() throws Exception {
        try (var in = new FileReader("src/test/resources/faq/paraphrases.csv", StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(in);
            return rows.subList(1, rows.size()).stream().filter(r -> r.size() > 1 && !r.get(1).isBlank())
                    .map(r -> r.get(0)).toList();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String arg(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}
