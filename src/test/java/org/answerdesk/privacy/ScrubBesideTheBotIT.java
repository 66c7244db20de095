package org.answerdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scrub} started while the bot runs on the same data directory (another process holds its lock): it refuses
 * with its own one-line reason, not with Spring's bean-creation trace, and exits 1.
 */
// In the wait lane: no Spring context, no shared fake, its own files and processes; it waits for the bot's start
@WaitLane
class ScrubBesideTheBotIT {

    @TempDir
    Path dataDir;

    @Test
    void scrubBesideARunningBotSaysSoInOneLine() throws Exception {
        try (FileChannel lock = FileChannel.open(dataDir.resolve("postgres.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            Path out = dataDir.resolve("scrub.out");
            Process scrub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    AnswerdeskApplication.class.getName(), ScrubCommand.NAME, "--answerdesk.data-dir=" + dataDir)
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(scrub.waitFor(120, TimeUnit.SECONDS)).as("scrub ended").isTrue();
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);

            assertThat(scrub.exitValue()).isEqualTo(1);
            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .startsWith("scrub: failed: Another answerdesk is running with the data directory")
                    .contains("stop it first"));
            assertThat(String.join("\n", lines)).doesNotContain("BeanCreationException").doesNotContain("\tat ")
                    .doesNotContain("APPLICATION FAILED TO START");
        }
    }

    @Test
    void theReasonIsTheInnermostFailuresMessage() {
        var inner = new IllegalStateException("Another answerdesk is running; stop it first");
        assertThat(ScrubCommand.reason(new RuntimeException("Error creating bean 'dataSource'",
                new RuntimeException("wrapped", inner)))).isEqualTo("Another answerdesk is running; stop it first");
        assertThat(ScrubCommand.reason(new RuntimeException("outer", new NullPointerException())))
                .isEqualTo("NullPointerException");
    }
}
