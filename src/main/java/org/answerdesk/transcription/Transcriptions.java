package org.answerdesk.transcription;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.Semaphore;

import org.answerdesk.attachment.AttachmentProperties;
import org.answerdesk.attachment.VoiceNotes;
import org.answerdesk.conversation.SpokenMessages;
import org.answerdesk.conversation.StorableText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Hears the voice note of a message: takes its audio in (waiting for its download at most the attachment download
 * time-out), checks this module's limits, sends it to the server within {@code max-concurrent-calls} and keeps the
 * outcome with the audio, so once heard (or given up on) it is never sent again; one that finds every place taken is
 * claimed again shortly (the worker never waits for a place); a failure waiting may cure is tried again later, up to {@code attempts} sends in all. Every outcome is logged (never the audio or the transcript) and
 * counted in {@code answerdesk.transcriptions} (tag {@code outcome}), each retry in
 * {@code answerdesk.transcriptions.retries}.
 */
class Transcriptions implements SpokenMessages {

    private static final Logger log = LoggerFactory.getLogger(Transcriptions.class);
    private static final String HEARD = "HEARD";

    private static final Duration WITH_TEXT_WAIT = Duration.ofSeconds(2);
    /** When a voice note that found every place taken is claimed again. */
    private static final Duration BUSY_WAIT = Duration.ofSeconds(1);

    private final VoiceNotes voices;
    private final TranscriptionServer server;
    private final TranscriptionProperties properties;
    private final Duration downloadWait;
    private final Semaphore calls;
    private final MeterRegistry meters;

    Transcriptions(VoiceNotes voices, TranscriptionServer server, TranscriptionProperties properties,
                   AttachmentProperties attachments, MeterRegistry meters) {
        this.voices = voices;
        this.server = server;
        this.properties = properties;
        this.downloadWait = attachments.downloadTimeout().plusSeconds(2);
        this.calls = new Semaphore(properties.maxConcurrentCalls());
        this.meters = meters;
    }

    @Override
    public Heard hear(long messageId, Supplier<Optional<Locale>> language, boolean withText, int attempt) {
        if (!voices.carriesAudio(messageId)) {
            return Heard.notSpoken();
        }
        try {
            // a message with text of its own waits only for a collection under way (milliseconds; a mail's parts
            // are in the mail), never for a slow platform download: its text is answered meanwhile
            Optional<VoiceNotes.Audio> audio = voices.of(messageId, withText ? WITH_TEXT_WAIT : downloadWait);
            if (audio.isEmpty()) {
                return notHeard(messageId, "not_downloaded", "its audio is not downloaded yet");
            }
            return hear(messageId, audio.get(), language, attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notHeard(messageId, "interrupted", "the worker stops");
        }
    }

    @Override
    public Duration longest() {
        return properties.maxLength();
    }

    private Heard hear(long messageId, VoiceNotes.Audio audio, Supplier<Optional<Locale>> language, int attempt)
            throws InterruptedException {
        if (audio.transcription() != null) {
            // heard (or given up on) by an earlier attempt: the audio is not sent again
            log.info("Voice note of message {} was heard before: {}", messageId, audio.transcription());
            return HEARD.equals(audio.transcription()) ? Heard.heard(audio.transcript()) : Heard.notHeard();
        }
        if (audio.refused() != null) {
            return notHeard(messageId, "file_refused", "its file was refused (" + audio.refused() + ")");
        }
        if (audio.bytes().length > properties.maxSize().toBytes()) {
            voices.transcribed(audio.attachmentId(), "TOO_LARGE", null);
            return notHeard(messageId, "too_large", audio.bytes().length + " bytes, over " + properties.maxSize());
        }
        Optional<Duration> length;
        try {
            length = AudioLength.of(audio.bytes());
        } catch (RuntimeException e) {
            // a container that cannot be read is given up on once, never retried and never sent
            voices.transcribed(audio.attachmentId(), "UNREADABLE", null);
            return notHeard(messageId, "unreadable", "its container cannot be read: " + e);
        }
        if (length.isEmpty()) {
            // a length that cannot be checked is no bound: only what can be read is sent
            voices.transcribed(audio.attachmentId(), "LENGTH_UNKNOWN", null);
            return notHeard(messageId, "length_unknown", "the length of its " + audio.mediaType() + " cannot be read");
        }
        if (length.get().compareTo(properties.maxLength()) > 0) {
            voices.transcribed(audio.attachmentId(), "TOO_LONG", null);
            return notHeard(messageId, "too_long", length.get() + ", over " + properties.maxLength());
        }
        if (!calls.tryAcquire()) {
            // never waited for: a worker held here is one that answers nobody (every other message would queue
            // behind a flood of voice notes); this one is claimed again once a place is likely free
            log.debug("Voice note of message {} waits: {} calls in flight", messageId, properties.maxConcurrentCalls());
            count("busy");
            return Heard.busy(BUSY_WAIT);
        }
        long start = System.nanoTime();
        try {
            // kept as typed text is stored: a server's NUL or control characters never reach the database raw
            String text = StorableText.clean(server.transcribe(audio.bytes(), audio.mediaType(),
                    fileName(audio.mediaType()), language.get()));
            voices.transcribed(audio.attachmentId(), HEARD, text);
            log.info("Voice note of message {} heard ({}, {} bytes, {}) in {} ms", messageId, audio.mediaType(),
                    audio.bytes().length, length.get(),
                    (System.nanoTime() - start) / 1_000_000);
            count("heard");
            return Heard.heard(text);
        } catch (TranscriptionServer.Refused e) {
            return failed(messageId, audio, e.reason, e.getMessage(), e.curable, attempt, true);
        } catch (InterruptedIOException e) {
            return failed(messageId, audio, "timeout", "no answer within " + properties.timeout(), true, attempt, true);
        } catch (IOException e) {
            return failed(messageId, audio, "unreachable", e.toString(), true, attempt, true);
        } catch (RuntimeException e) {
            return failed(messageId, audio, "unreachable", e.toString(), false, attempt, true);
        } finally {
            calls.release();
        }
    }

    /**
     * A call that did not give a transcript: tried again later when waiting may cure it and the caller can wait
     * ({@code attempt} above 0) with attempts left; otherwise the outcome is kept ({@code keep}) and the customer asked
     * to type. Counted and logged each time, never with the audio or a transcript.
     */
    private Heard failed(long messageId, VoiceNotes.Audio audio, String outcome, String why, boolean curable,
                         int attempt, boolean keep) {
        if (curable && attempt > 0 && attempt < properties.attempts()) {
            Duration wait = properties.retryDelay(attempt);
            log.warn("Voice note of message {} not heard ({}): {}; tried again in {} (attempt {} of {})", messageId,
                    outcome, why, wait, attempt, properties.attempts());
            count(outcome);
            meters.counter("answerdesk.transcriptions.retries").increment();
            return Heard.later(wait);
        }
        if (keep) {
            voices.transcribed(audio.attachmentId(), "FAILED", null);
        }
        return notHeard(messageId, outcome, why);
    }

    private Heard notHeard(long messageId, String outcome, String why) {
        log.warn("Voice note of message {} not heard ({}): {}", messageId, outcome,
                why);
        count(outcome);
        return Heard.notHeard();
    }

    private void count(String outcome) {
        meters.counter("answerdesk.transcriptions", "outcome", outcome).increment();
    }

    private static String fileName(String mediaType) {
        return switch (mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT)) {
            case "audio/mpeg" -> "voice.mp3";
            case "audio/mp4" -> "voice.m4a";
            case "audio/wav", "audio/x-wav" -> "voice.wav";
            case "audio/webm" -> "voice.webm";
            default -> "voice.ogg";
        };
    }
}
