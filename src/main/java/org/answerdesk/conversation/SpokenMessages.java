package org.answerdesk.conversation;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a customer said in a voice note, for the answer workers: implemented by the transcription module when a
 * transcriber is configured (no bean otherwise, and a voice note is answered as any file). Called on the worker's
 * thread, within the answer's lease, for each message without text to read or with a question (a caption, a mail's
 * subject may come with audio).
 */
public interface SpokenMessages {

    /**
     * The transcript of the message's voice note, heard now or earlier (kept with the audio, so audio heard or given
     * up on is never sent to the server again): {@link Heard#notSpoken()} when the message carries no audio,
     * {@link Heard#notHeard()} when it does and could not be heard (the server down, slow or refusing, the audio over
     * the limits).
     *
     * @param language the conversation's language, as a hint to the server; empty when not known yet. Read only
     *                 when audio goes to the server: a typed message costs no lookup of it
     * @param withText  whether the message has text of its own (a caption, a mail's subject): then it is not held
     *                  for an audio download that is failing, and is answered from its text if the audio is not
     *                  taken in yet
     * @param attempt   which claim on the message this is (1 for the first); 0 when the
     *                  caller cannot wait for another attempt (the web chat's request). A failure waiting may cure
     *                  (the server down, failing, slow) gives {@link Heard#later} while attempts are left
     */
    Heard hear(long messageId, Supplier<Optional<Locale>> language, boolean withText, int attempt);

    /** The longest recording that is heard (a longer one is kept for the person): where a recorder should stop. */
    Duration longest();

    /**
     * The outcome: a transcript, or no audio, or audio not heard, or not heard yet: to be tried again after
     * {@code retryIn} (the message is due again then), after a failure ({@code LATER}, an attempt) or because every
     * place at the server is taken ({@code BUSY}: no attempt was made, none is counted; a worker never waits for a
     * place, so other messages are answered meanwhile).
     */
    record Heard(Outcome outcome, String transcript, Duration retryIn) {

        public enum Outcome { NOT_SPOKEN, HEARD, NOT_HEARD, LATER, BUSY }

        public Heard(Outcome outcome, String transcript) {
            this(outcome, transcript, null);
        }

        public static Heard heard(String transcript) {
            return new Heard(Outcome.HEARD, transcript);
        }

        public static Heard notSpoken() {
            return new Heard(Outcome.NOT_SPOKEN, null);
        }

        public static Heard notHeard() {
            return new Heard(Outcome.NOT_HEARD, null);
        }

        public static Heard later(Duration retryIn) {
            return new Heard(Outcome.LATER, null, retryIn);
        }

        public static Heard busy(Duration retryIn) {
            return new Heard(Outcome.BUSY, null, retryIn);
        }
    }
}
