package org.answerdesk.transcription;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The speech-to-text server that hears voice notes ({@code answerdesk.transcription.*}, e.g.
 * {@code ANSWERDESK_TRANSCRIPTION_BASE_URL}). Unset, voice notes are kept for the person as any file and the customer
 * is asked what they need, as before.
 *
 * @param baseUrl            an OpenAI-compatible base URL, e.g. {@code https://api.openai.com/v1} or
 *                           {@code http://localhost:8000/v1} (faster-whisper-server, a whisper.cpp server, LocalAI,
 *                           vLLM); the audio is posted to {@code {baseUrl}/audio/transcriptions}
 * @param apiKey             sent as a bearer token; never logged
 * @param model              the speech model's name on that server
 * @param maxConcurrentCalls how many voice notes may be with the server at once; one beyond that is claimed again
 *                           a moment later (no worker waits for a place, so other messages are answered meanwhile)
 * @param timeout            how long one call may take in all (the upload, the server's work, its answer); it must
 *                           stay well inside the answer lease ({@code answerdesk.conversation.answer-lease}), with the
 *                           audio's download ({@code answerdesk.attachment.download-timeout}) before it
 * @param maxLength          the longest recording sent, read from the audio itself (OGG, WebM, MP3 frames, an M4A's
 *                           frame count: WhatsApp sends no duration, and a declared one could be anything); a longer
 *                           one, or one whose length cannot be read, is kept for the person, not sent, and the
 *                           customer asked to type
 * @param maxSize            the largest recording sent (files over {@code answerdesk.attachment.max-file-size} are
 *                           not kept at all)
 * @param attempts           how many times a voice note is sent when the server is down, fails (5xx, 429) or does not
 *                           answer in time, before the customer is asked to type (a refusal, 4xx, or an answer without
 *                           text is not tried again); at most {@code answerdesk.conversation.max-answer-attempts}. A
 *                           web chat's recording too: the page shows it was received and polls for the answer
 * @param retryDelay         the wait before the second attempt, doubled before each further one; at most the
 *                           answer lease
 */
@ConfigurationProperties("answerdesk.transcription")
public record TranscriptionProperties(
        String baseUrl,
        String apiKey,
        @DefaultValue("whisper-1") String model,
        @DefaultValue("2") int maxConcurrentCalls,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("3m") Duration maxLength,
        @DefaultValue("5MB") DataSize maxSize,
        @DefaultValue("3") int attempts,
        @DefaultValue("10s") Duration retryDelay) {

    public TranscriptionProperties {
        if (maxConcurrentCalls < 1 || timeout.isNegative() || timeout.isZero() || maxLength.isNegative()
                || maxLength.isZero() || attempts < 1 || retryDelay.isNegative()) {
            throw new IllegalArgumentException("answerdesk.transcription: max-concurrent-calls and attempts must be at "
                    + "least 1, timeout and max-length above zero, retry-delay not negative");
        }
    }

    /** The wait after the {@code attempt}th failed attempt (1 for the first): {@code retryDelay}, doubled each time. */
    Duration retryDelay(int attempt) {
        return retryDelay.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    }

    boolean configured() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    @Override
    public String toString() {
        // the API key stays out of logs and error messages
        return "TranscriptionProperties[baseUrl=" + baseUrl + ", model=" + model + ", timeout=" + timeout
                + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "unset" : "set") + "]";
    }
}
