package org.answerdesk.transcription;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.conversation.SpokenMessages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Unset (or blank, as an empty environment variable gives), no transcriber exists: voice notes stay files. */
class TranscriptionConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(TranscriptionConfiguration.class);

    @Test
    void withoutABaseUrlNothingHearsVoiceNotes() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SpokenMessages.class)
            .hasSingleBean(TranscriptionProperties.class));
        runner.withPropertyValues("answerdesk.transcription.base-url= ", "answerdesk.transcription.api-key=k")
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SpokenMessages.class));
    }

    @Test
    void theKeyStaysOutOfThePropertiesText() {
        var p = new TranscriptionProperties("http://localhost:8000/v1", "sk-secret", "whisper-1", 2,
                java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(3),
                org.springframework.util.unit.DataSize.ofMegabytes(5), 3, java.time.Duration.ofSeconds(10));
        assertThat(p.toString()).doesNotContain("sk-secret").contains("apiKey=set");
    }

    @Test
    void aFailedAttemptWaitsTheRetryDelayDoubledEachTimeAndAtLeastOneAttemptIsMade() {
        var p = new TranscriptionProperties("http://localhost:8000/v1", null, "whisper-1", 2,
                java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(3),
                org.springframework.util.unit.DataSize.ofMegabytes(5), 3, java.time.Duration.ofSeconds(10));
        assertThat(p.retryDelay(1)).hasSeconds(10);
        assertThat(p.retryDelay(2)).hasSeconds(20);
        assertThat(p.retryDelay(3)).hasSeconds(40);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TranscriptionProperties("http://x/v1", null,
                "whisper-1", 2, java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(3),
                org.springframework.util.unit.DataSize.ofMegabytes(5), 0, java.time.Duration.ofSeconds(10)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempts");
    }
}
