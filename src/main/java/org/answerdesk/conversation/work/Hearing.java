package org.answerdesk.conversation.work;

import java.time.Duration;
import java.util.Locale;

import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.SpokenMessages;
import org.answerdesk.conversation.StorableText;
import org.answerdesk.conversation.SpokenMessages.Heard;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.dialogue.Intent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Before a message is answered, asks {@link SpokenMessages} (when a transcriber is configured) whether it came with
 * a voice note, and makes what was heard the message's text: in place of the placeholder of a message without text,
 * after the text of one with a caption or a mail's subject (one text), as a {@link Intent#QUESTION}, so the policy,
 * analytics, learning and the person's view read it as typed text. A voice note alone that was not heard becomes
 * {@link Intent#NOT_HEARD} (the customer is asked to type); one with text is answered from its text. Stored under
 * the claim; the outcome is kept with the audio, so a worker that takes the message over never sends it again.
 * A transcript is customer's text like any other: cleaned as typed text is ({@link StorableText}), one without
 * visible text is not heard, and one over {@code max-message-length} (with its caption) is a
 * {@link Intent#TOO_LONG} placeholder, never a prompt of any length.
 */
@Component
public class Hearing {

    private final ObjectProvider<SpokenMessages> spoken;
    private final ConversationStore conversations;
    private final JdbcClient jdbc;
    private final int maxLength;

    Hearing(ObjectProvider<SpokenMessages> spoken, ConversationStore conversations, JdbcClient jdbc,
            ConversationProperties properties) {
        this.spoken = spoken;
        this.conversations = conversations;
        this.jdbc = jdbc;
        this.maxLength = properties.maxMessageLength();
    }

    /**
     * A voice note the transcriber could not hear yet, for a reason waiting may cure: the message is to be claimed
     * again after {@code retryIn} (the claim is not lost, nothing is answered now).
     */
    public static final class Later extends RuntimeException {

        private final transient Duration retryIn;
        private final boolean attempted;

        Later(Duration retryIn, boolean attempted) {
            super("the voice note is to be heard again in " + retryIn, null, false, false);
            this.retryIn = retryIn;
            this.attempted = attempted;
        }

        public Duration retryIn() {
            return retryIn;
        }

        /** False when the transcriber was not tried (all its places taken): the claim is not counted as an attempt. */
        public boolean attempted() {
            return attempted;
        }
    }

    /**
     * The message as heard: its text and intent, and the transcript it carries; the same message if no voice.
     *
     * @param mayWait whether the message may be tried again later when the transcriber is down or failing (an
     *                answer worker's claim); false for a caller that answers now (the web chat's request)
     * @throws Later when a voice note alone is to be heard again later, or any voice note once a place at the
     *               transcriber is free
     */
    public ClaimedInbound heard(ClaimedInbound claimed, boolean mayWait) {
        SpokenMessages ears = spoken.getIfAvailable();
        if (ears == null || (claimed.intent() != Intent.NOT_TEXT && claimed.intent() != Intent.QUESTION)) {
            return claimed;
        }
        boolean alone = claimed.intent() == Intent.NOT_TEXT;
        // a message with text of its own is answered from it now rather than held for the transcriber
        int attempt = alone && mayWait ? claimed.attempts() : 0;
        Heard heard = ears.hear(claimed.id(),
                () -> conversations.language(claimed.conversationId()).map(Locale::forLanguageTag), !alone, attempt);
        String transcript = asTyped(heard.transcript());
        boolean nothing = heard.outcome() == Heard.Outcome.HEARD && transcript == null;
        return switch (nothing ? Heard.Outcome.NOT_HEARD : heard.outcome()) {
            case NOT_SPOKEN -> claimed;
            case HEARD -> heard(claimed, alone, transcript);
            case NOT_HEARD -> alone ? relabel(claimed, claimed.text(), Intent.NOT_HEARD, null) : claimed;
            case LATER -> throw new Later(heard.retryIn(), true);
            case BUSY -> {
                if (mayWait) {
                    throw new Later(heard.retryIn(), false);
                }
                yield alone ? relabel(claimed, claimed.text(), Intent.NOT_HEARD, null) : claimed;
            }
        };
    }

    private ClaimedInbound heard(ClaimedInbound claimed, boolean alone, String transcript) {
        if (!alone && claimed.text().endsWith(transcript)) {
            return withTranscript(claimed, transcript); // joined before
        }
        String text = alone ? transcript : claimed.text().strip() + "\n\n" + transcript;
        if (tooLong(text, maxLength)) {
            return relabel(claimed, "[a message of " + text.length() + " characters]", Intent.TOO_LONG, null);
        }
        return relabel(claimed, text, Intent.QUESTION, transcript);
    }

    /** A transcript as typed text is stored ({@link StorableText#clean}), null when nothing in it can be read. */
    static String asTyped(String transcript) {
        String text = transcript == null ? null : StorableText.clean(transcript).strip();
        return text == null || !StorableText.hasVisibleText(text) ? null : text;
    }

    /** Longer than {@code max} characters as a person counts them (code points), as a typed message is judged. */
    static boolean tooLong(String text, int max) {
        return text.codePointCount(0, text.length()) > max;
    }

    private static ClaimedInbound withTranscript(ClaimedInbound claimed, String transcript) {
        return new ClaimedInbound(claimed.id(), claimed.conversationId(), claimed.text(), claimed.intent(),
                claimed.claim(), claimed.attempts(), transcript);
    }

    private ClaimedInbound relabel(ClaimedInbound claimed, String text, Intent intent, String transcript) {
        int updated = jdbc.sql("update message set text = :t, intent = :i where id = :id and claim = :c")
            .param("t", text).param("i", intent.name()).param("id", claimed.id()).param("c", claimed.claim())
            .update();
        if (updated == 0) {
            throw new IllegalStateException("the claim on message " + claimed.id() + " was lost while it was heard");
        }
        return new ClaimedInbound(claimed.id(), claimed.conversationId(), text, intent, claimed.claim(),
                claimed.attempts(), transcript);
    }
}
