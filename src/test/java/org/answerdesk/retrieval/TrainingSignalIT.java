package org.answerdesk.retrieval;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.SideLane;
import org.answerdesk.TestDirs;
import org.answerdesk.retrieval.adapt.EncoderTraining;
import org.junit.jupiter.api.Test;

/**
 * A training process ended in the middle of a training step exits cleanly: by SIGTERM (how the bot ends it when it
 * stops or the time limit passes, and how an operator stops {@code eval --adapt}) and by the end of its standard
 * input (the bot is gone). The JVM's exit used to unload PyTorch while the step was still in its native code:
 * a SIGSEGV and an hs_err file in the working directory.
 */
// In the side lane: no Spring context, no shared fake, its own files and processes (the main lane is the longer)
@SideLane
class TrainingSignalIT {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    @Test
    void sigtermDuringATrainingStepEndsTheProcessWithoutACrash() throws Exception {
        Path work = TestDirs.create("training-signal-");
        Process process = startTraining(work);
        process.toHandle().destroy(); // SIGTERM alone (Process.destroy also closes the pipes)
        assertThat(process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("128 + SIGTERM; a crash aborts with 134\n%s", output(work))
                .isEqualTo(143);
        assertStoppedBetweenSteps(work);
    }

    @Test
    void theBotGoingAwayDuringATrainingStepEndsTheProcessWithoutACrash() throws Exception {
        Path work = TestDirs.create("training-orphan-");
        Process process = startTraining(work);
        process.getOutputStream().close(); // what the bot's end (even kill -9) does to the pipe
        assertThat(process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("the bot-gone status; a crash aborts with 134\n%s", output(work))
                .isEqualTo(3);
        assertStoppedBetweenSteps(work);
    }

    /**
     * A training of many steps in a process of its own, returned once its first step is under way: the line the
     * training logs as that step begins (the line before the steps came before the last check for an interruption
     * ahead of step 1, so a signal could land where no step was under way).
     */
    private static Process startTraining(Path work) throws IOException {
        List<EncoderTraining.Example> examples = new ArrayList<>();
        for (int e = 0; e < 40; e++) {
            examples.add(new EncoderTraining.Example(e, List.of("how do I get item " + e + " delivered",
                    "question number " + e + " about my order", "can you help me with thing " + e,
                    "what about product " + e + " please"), List.of()));
        }
        BaseModel base = BaseModel.shipped();
        Path job = work.resolve("job.bin");
        new TrainingJob(base.model(), base.tokenizer(), base.pooling(),
                EncoderTraining.Options.defaults().withLimits(4000, Duration.ofMinutes(10)), examples).write(job);
        Path out = Files.createDirectories(work.resolve("model"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:-CreateCoredumpOnCrash",
                "-XX:ErrorFile=" + work.toAbsolutePath().resolve("hs_err_pid%p.log"),
                "-cp", System.getProperty("java.class.path"), TrainingCommand.class.getName(),
                "--job", job.toAbsolutePath().toString(), "--output", out.toAbsolutePath().toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("output.log").toFile())
                .start();
        await(LIMIT, () -> output(work), o -> o.contains(EncoderTraining.FIRST_STEP_STARTED) || !process.isAlive(),
                "the first training step under way");
        assertThat(process.isAlive()).as(output(work)).isTrue();
        return process;
    }

    private static String output(Path work) {
        try {
            return Files.readString(work.resolve("output.log"));
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The exit waited for the step under way and the training stopped before the next one, step 2 or later (a crash
     * is rare and depends on timing; an exit that did not wait is certain to miss this line), and nothing crashed.
     */
    private static void assertStoppedBetweenSteps(Path work) throws IOException {
        String output = output(work);
        Matcher stopped = Pattern.compile("adaptation interrupted before step (\\d+) of").matcher(output);
        assertThat(stopped.find()).as(output).isTrue();
        assertThat(Integer.parseInt(stopped.group(1))).as("a step was under way when the signal came").isGreaterThan(1);
        assertNoCrashReport(work);
    }

    private static void assertNoCrashReport(Path work) throws IOException {
        try (var files = Files.list(work)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }
}
