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
}
