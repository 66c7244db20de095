package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.answerdesk.retrieval.adapt.EncoderTraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot's side of the training process: what it hands over, what the process inherits, how a failure reads. */
class TrainingProcessTest {

    @Test
    void aJobIsReadBackAsItWasWritten(@TempDir Path dir) throws Exception {
        String longPhrasing = "x".repeat(70_000) + " é ✓"; // past writeUTF's 64 KB, and not ASCII
        var job = new TrainingJob(BaseModel.shipped().model(), new BaseModel.Source("/models/tokenizer.json"),
                EncoderTraining.Pooling.CLS, new EncoderTraining.Options(3, 2, 100, 8, 2e-5, true, 16, 7,
                Duration.ofSeconds(90)),
                List.of(new EncoderTraining.Example(4, List.of("a", longPhrasing), List.of("not this")),
                        new EncoderTraining.Example(9, List.of("b"), List.of())),
                List.of("can I book a table", "is the pool heated ✓"));
        Path file = dir.resolve("job.bin");
        job.write(file);
        assertThat(TrainingJob.read(file)).isEqualTo(job);
    }

    @Test
    void aJobOfAnotherFormatIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("job.bin"), new byte[] {0, 0, 0, 9});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrainingJob.read(file))
                .hasMessageContaining("format 9");
    }

    @Test
    void theProcessInheritsNoSecretsAndGetsTheTestSwitchOnlyWhenSet() {
        Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin", "LANG", "C.UTF-8", "TZ", "UTC",
                "ANSWERDESK_ADMIN_TOKEN", "secret", "ANSWERDESK_TELEGRAM_TOKEN", "123:abc",
                "SPRING_DATASOURCE_PASSWORD", "pw", "DJL_CACHE_DIR", "/cache"));
        TrainingProcess.environment(env, "");
        assertThat(env).containsOnlyKeys("PATH", "LANG", "TZ", "DJL_CACHE_DIR", "MALLOC_ARENA_MAX");
        assertThat(env).containsEntry("MALLOC_ARENA_MAX", "2");
        TrainingProcess.environment(env, "signal");
        assertThat(env).containsEntry(TrainingCommand.TEST_SWITCH, "signal");
    }

    @Test
    void aFailureSaysWhyByItsExitStatus() {
        assertThat(TrainingProcess.failure(137, "").reason()).isEqualTo(TrainingProcess.Reason.SIGNAL);
        assertThat(TrainingProcess.failure(137, "").getMessage()).contains("signal 9").contains("out-of-memory killer");
        assertThat(TrainingProcess.failure(139, "").getMessage()).contains("signal 11");
        assertThat(TrainingProcess.failure(3, "Terminating due to java.lang.OutOfMemoryError: Java heap space")
                .reason()).isEqualTo(TrainingProcess.Reason.OUT_OF_MEMORY);
        var unsupported = TrainingProcess.failure(TrainingCommand.UNSUPPORTED,
                "adapt: this model cannot be adapted: the trainer's encoder does not reproduce its vectors");
        assertThat(unsupported.reason()).isEqualTo(TrainingProcess.Reason.UNSUPPORTED);
        assertThat(unsupported.getMessage()).isEqualTo("this model cannot be adapted: the trainer's encoder does not "
                + "reproduce its vectors");
        var error = TrainingProcess.failure(1, "adapt: training failed: java.io.IOException: no weights");
        assertThat(error.reason()).isEqualTo(TrainingProcess.Reason.ERROR);
        assertThat(error.getMessage()).endsWith("no weights");
        assertThat(error.getStackTrace()).isEmpty(); // the message is the whole story in the log
    }

    @Test
    void theClassPathIsMadeAbsoluteForAProcessWorkingElsewhere() {
        String sep = java.io.File.pathSeparator;
        assertThat(TrainingProcess.absolute("target/classes" + sep + "/opt/lib/a.jar"))
                .isEqualTo(Path.of("target/classes").toAbsolutePath() + sep + "/opt/lib/a.jar");
    }

    @Test
    void onlyASpringBootJarIsRunWithJavaJar(@TempDir Path dir) throws Exception {
        assertThat(TrainingProcess.bootJar("target/classes" + java.io.File.pathSeparator + "lib.jar")).isEmpty();
        Path plain = dir.resolve("plain.jar");
        var manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(plain), manifest)) {
            out.flush();
        }
        assertThat(TrainingProcess.bootJar(plain.toString())).isEmpty();
        Path boot = dir.resolve("answerdesk.jar");
        manifest.getMainAttributes().putValue("Start-Class", "org.answerdesk.AnswerdeskApplication");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(boot), manifest)) {
            out.flush();
        }
        assertThat(TrainingProcess.bootJar(boot.toString())).contains(boot.toAbsolutePath());
    }
}
