package org.answerdesk.retrieval;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * Trains in a process of its own, so that whatever goes wrong in the native training code (a crash, the kernel's
 * out-of-memory kill, memory PyTorch keeps) does not go wrong for the bot: the same Java and class path (or jar)
 * as the bot, running {@link TrainingCommand}, with its own heap limit, at a lower CPU priority ({@code nice}
 * where there is one), within a time limit, and with an environment that holds none of the bot's secrets. Its
 * working directory (crash reports go there, core dumps are off) is removed after it ends. One training at a time.
 */
public final class TrainingProcess implements AdaptedModel.Trainer {

    /** Why a training process failed: the tag of the failure counter. */
    public enum Reason {
        /** ended by a signal (a crash, {@code kill -9}, the kernel's out-of-memory killer) */
        SIGNAL,
        /** out of Java heap */
        OUT_OF_MEMORY,
        /** still running at the time limit, ended */
        TIMEOUT,
        /** ended with an error status (the training threw) */
        ERROR,
        /** the model is not one the trainer can train: trying again fails the same way */
        UNSUPPORTED
    }

    /** A training process that did not produce a model; the message is the same for the same failure. */
    public static final class Failure extends IOException {
        private final Reason reason;

        Failure(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }

        /** The reason is the message: where in the bot it was noticed says nothing (the log shows no trace). */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /**
     * @param heap       the process's Java heap limit ({@code -Xmx}: e.g. {@code 1g}); PyTorch's memory is outside it
     * @param niceness   the process's {@code nice} level (0: the bot's own priority)
     * @param timeLimit  ended (and failed) after this long
     * @param workRoot   where each process gets its working directory
     * @param testSwitch passed to the process as {@value TrainingCommand#TEST_SWITCH} (tests only; empty: none)
     */
    public record Settings(String heap, int niceness, Duration timeLimit, Path workRoot,
                           java.util.function.Supplier<String> testSwitch) {
    }

    private static final int EXIT_OUT_OF_MEMORY = 3; // -XX:+ExitOnOutOfMemoryError
    private static final Duration GRACE = Duration.ofSeconds(30); // the training's ExitGuard waits up to 25 s

    /** The adaptation's log lines keep the logger operators know them by. */
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(
            org.answerdesk.retrieval.adapt.EncoderTraining.class);
    private final Settings settings;
    private volatile Process running;

    public TrainingProcess(Settings settings) {
        this.settings = settings;
    }

    @Override
    public synchronized void train(TrainingJob job, Path dir) throws IOException {
        Path work = Files.createTempDirectory(Files.createDirectories(settings.workRoot().toAbsolutePath()), "training-");
        try {
            Path jobFile = work.resolve("job.bin");
            job.write(jobFile);
            Path output = work.resolve("output.log");
            ProcessBuilder builder = new ProcessBuilder(command(work, jobFile, dir)).directory(work.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            environment(builder.environment(), settings.testSwitch().get());
            Process process = builder.start();
            running = process;
            try {
                if (!process.waitFor(settings.timeLimit().toMillis(), TimeUnit.MILLISECONDS)) {
                    end(process);
                    throw new Failure(Reason.TIMEOUT, "the training process was still running after its time limit of "
                            + settings.timeLimit().toSeconds() + " s, and was ended");
                }
            } catch (InterruptedException e) {
                end(process); // the bot is stopping: the training goes first
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("training ended: the bot is stopping");
            } finally {
                running = null;
            }
            int status = process.exitValue();
            if (status != 0) {
                throw failure(status, lastLine(output));
            }
            relaySummary(output);
        } finally {
            AdaptedModelStore.deleteRecursively(work);
        }
    }

    /** The running training process, if one runs. */
    public Optional<ProcessHandle> running() {
        Process p = running;
        return p == null ? Optional.empty() : Optional.of(p.toHandle());
    }

    /** Ends the running training, if one runs (the bot is stopping): asked to end, then killed after a grace time. */
    public void stop() {
        Process p = running;
        if (p != null) {
            end(p);
        }
    }

    private static void end(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static Failure failure(int status, String lastLine) {
        if (status > 128 && status < 160) {
            int signal = status - 128;
            return new Failure(Reason.SIGNAL, "the training process was ended by signal " + signal
                    + (signal == 9 ? " (SIGKILL: kill -9, or the kernel's out-of-memory killer)" : ""));
        }
        if (status == TrainingCommand.UNSUPPORTED) {
            String prefix = TrainingCommand.NAME + ": ";
            return new Failure(Reason.UNSUPPORTED, lastLine.startsWith(prefix) ? lastLine.substring(prefix.length())
                    : "this model cannot be adapted" + (lastLine.isEmpty() ? "" : ": " + lastLine));
        }
        if (status == EXIT_OUT_OF_MEMORY && lastLine.contains("OutOfMemoryError")) {
            return new Failure(Reason.OUT_OF_MEMORY, "the training process ran out of Java heap (answerdesk.faq"
                    + ".adapt-heap): " + lastLine);
        }
        return new Failure(Reason.ERROR, "the training process failed with status " + status
                + (lastLine.isEmpty() ? "" : ": " + lastLine));
    }

    private List<String> command(Path work, Path jobFile, Path dir) throws IOException {
        List<String> command = new ArrayList<>();
        if (settings.niceness() > 0) {
            nice().ifPresent(nice -> command.addAll(List.of(nice.toString(), "-n",
                    Integer.toString(settings.niceness()))));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a small young generation: the heap holds the model file and little else, and every page of a large eden
        // (a 64th of the machine's memory by default) is touched and counted
        command.addAll(List.of("-Xmx" + settings.heap(), "-Xmn32m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-XX:-CreateCoredumpOnCrash", "-XX:ErrorFile=" + work.resolve("hs_err_pid%p.log"),
                "-Djava.io.tmpdir=" + work, "-Dai.djl.offline=true"));
        String classPath = System.getProperty("java.class.path");
        Optional<Path> bootJar = bootJar(classPath);
        if (bootJar.isPresent()) { // java -jar answerdesk.jar: its launcher finds the classes inside
            command.addAll(List.of("-jar", bootJar.get().toString(), TrainingCommand.NAME));
        } else {
            command.addAll(List.of("-cp", absolute(classPath), TrainingCommand.class.getName()));
        }
        command.addAll(List.of("--job", jobFile.toString(), "--output", dir.toAbsolutePath().toString()));
        return command;
    }

    /** The class path with every entry absolute: the process works in a directory of its own. */
    static String absolute(String classPath) {
        return java.util.Arrays.stream(classPath.split(File.pathSeparator)).filter(p -> !p.isEmpty())
                .map(p -> Path.of(p).toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    /** The Spring Boot jar the bot runs from, if it runs from one ({@code java -jar}). */
    static Optional<Path> bootJar(String classPath) throws IOException {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try (JarFile jar = new JarFile(classPath)) {
            var manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null
                    ? Optional.of(Path.of(classPath).toAbsolutePath()) : Optional.empty();
        }
    }

    private static Optional<Path> nice() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path nice = Path.of(dir, "nice");
            if (!dir.isEmpty() && Files.isExecutable(nice)) {
                return Optional.of(nice);
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps of the bot's environment only what the training needs (tools, locale, time zone, where DJL keeps its
     * native libraries): the bot's environment holds its tokens and passwords.
     */
    static void environment(Map<String, String> environment, String testSwitch) {
        environment.keySet().removeIf(name -> !allowed(name));
        // two C heaps, not eight per core: PyTorch, the tokenizer and ONNX Runtime allocate from several threads,
        // and each arena keeps its own freed memory (with -Xmn32m: 1,170 against 1,264 MB peak, docs/benchmarks.md)
        environment.put("MALLOC_ARENA_MAX", "2");
        if (testSwitch != null && !testSwitch.isBlank()) {
            environment.put(TrainingCommand.TEST_SWITCH, testSwitch);
        }
    }

    private static boolean allowed(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals("PATH") || upper.equals("SYSTEMROOT") || upper.equals("HOME") || name.equals("LANG")
                || name.equals("TZ") || name.startsWith("LC_") || name.equals("DJL_CACHE_DIR")
                || name.equals("ENGINE_CACHE_DIR");
    }

    /**
     * The training's own lines on its steps, its CPU time and its weights' digest, in the bot's log (the process's
     * output is deleted with its working directory): two starts on the same FAQ can be compared by them.
     */
    private static void relaySummary(Path output) {
        try (var lines = Files.lines(output)) {
            lines.filter(l -> l.contains("adaptation trained") || l.contains("adaptation stopped")
                    || l.contains("adaptation shortened")).forEach(l -> log.info("training process: {}",
                    l.substring(l.indexOf("adaptation")).strip()));
        } catch (IOException | java.io.UncheckedIOException e) {
            // the summary is for reading only
        }
    }

    private static String lastLine(Path output) {
        try (var lines = Files.lines(output)) {
            return lines.filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("").strip();
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }
}
