package org.answerdesk.retrieval;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.answerdesk.SideLane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training process whose bot is gone (killed with {@code kill -9}: nobody ends the process) ends itself when the
 * pipe to its standard input closes, as the bot's death closes it; here the test plays the bot and closes it.
 */
// In the side lane: no Spring context, no shared fake, its own files and processes (the main lane is the longer)
@SideLane
class TrainingCommandIT {

    @Test
    void theTrainingProcessEndsWhenItsStandardInputCloses(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("output.log");
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                TrainingProcess.absolute(System.getProperty("java.class.path")), TrainingCommand.class.getName(),
                "--job", dir.resolve("job.bin").toString(), "--output", dir.resolve("model").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put(TrainingCommand.TEST_SWITCH, "hang");
        Process training = builder.start();
        try {
            await(Duration.ofMinutes(2), () -> read(output), o -> o.contains(TrainingCommand.HANGING),
                    "the training process with PyTorch loaded");
            assertThat(training.isAlive()).isTrue();
            training.getOutputStream().close();
            assertThat(training.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(training.exitValue()).isEqualTo(3);
        } finally {
            training.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
