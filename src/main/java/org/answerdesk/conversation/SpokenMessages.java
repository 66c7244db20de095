package org.answerdesk.conversation;

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
     * The transcript of the message's voice note, heard now or earlier (kept with the audio, so the audio is sent to
     * the server at most once): {@link Heard#notSpoken()} when the message carries no audio, {@link Heard#notHeard()}
     * when it does and could not be heard (the server down, slow or refusing, the audio over the limits).
     *
     * @param language the conversation's language, as a hint to the server; empty when not known yet. Read only
     *                 when audio goes to the server: a typed message costs no lookup of it
     * @param withText  whether the message has text of its own (a caption, a mail's subject): then it is not held
     *                  for an audio download that is failing, and is answered from its text if the audio is not
     *                  taken in yet
     */
    Heard hear(long messageId, Supplier<Optional<Locale>> language, boolean withText);

    /** The outcome: a transcript, or no audio, or audio not heard. */
    record Heard(Outcome outcome, String transcript) {

        public enum Outcome { NOT_SPOKEN, HEARD, NOT_HEARD }

        public static Heard heard(String transcript) {
            return new Heard(Outcome.HEARD, transcript);
        }

        public static Heard notSpoken() {
            return new Heard(Outcome.NOT_SPOKEN, null);
        }

        public static Heard notHeard() {
            return new Heard(Outcome.NOT_HEARD, null);
        }
    }
}
