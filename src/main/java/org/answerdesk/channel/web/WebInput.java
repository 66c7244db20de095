package org.answerdesk.channel.web;

import java.util.regex.Pattern;

import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.StorableText;

/**
 * Checks and cleans what a web client sends. A session id is the web customer's secret (whoever knows it can
 * read, rate and reset the conversation), so it must look like one: 8 to 128 letters, digits, '-' or '_' (what
 * a URL path segment carries as is, as every route that names it in its path needs); the
 * chat page uses a random UUID. Message text is cleaned as the conversation model cleans it, before it is
 * checked for emptiness.
 */
final class WebInput {

    static final int MIN_SESSION_LENGTH = 8;
    static final int MAX_SESSION_LENGTH = 128;
    static final int MAX_KEY_LENGTH = 200;

    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{" + MIN_SESSION_LENGTH + ","
            + MAX_SESSION_LENGTH + "}");

    private WebInput() {
    }

    static String session(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("session_id is required");
        }
        if (!SESSION.matcher(value).matches()) {
            throw new IllegalArgumentException("session_id must be " + MIN_SESSION_LENGTH + " to "
                    + MAX_SESSION_LENGTH + " letters, digits, '-' or '_', e.g. a random UUID");
        }
        return value;
    }

    /** An idempotency key: 1 to 200 characters, none of them a control character. */
    static String idempotencyKey(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("idempotency_key must not be empty when given");
        }
        if (value.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotency_key is longer than " + MAX_KEY_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl) || !clean(value).equals(value)) {
            throw new IllegalArgumentException("idempotency_key must not contain control characters");
        }
        return value;
    }

    /**
     * The platform delivery id of a web message: the key scoped to its session, so two sessions that pick the
     * same key never meet. The session's length goes first, which keeps the pair unambiguous.
     */
    static String eventId(String session, String idempotencyKey) {
        return session.length() + ":" + session + ":" + idempotencyKey;
    }

    /**
     * A press on an offered choice: its payload as the chat got it ({@link ChoicePayload}), and no message with it.
     */
    static String choice(String payload, String message) {
        if (message != null && !message.isEmpty()) {
            throw new IllegalArgumentException("send either message or choice, not both");
        }
        if (payload == null || !ChoicePayload.PERSON.equals(payload) && ChoicePayload.decode(payload).isEmpty()
                && ChoicePayload.verdict(payload).isEmpty()) {
            throw new IllegalArgumentException("choice must be the payload of a choice the chat offered, "
                    + "e.g. pick:123:45 or helped:123, or \"" + ChoicePayload.PERSON + "\"");
        }
        return payload.strip();
    }

    /**
     * The delivery id of a "did that help" press: one per session and answer, so of "That helped" and "Something
     * else" under one answer only the first press counts (as on the platforms).
     */
    static String verdictEventId(String session, long replyId) {
        return "did-it-help:" + session + ":" + replyId;
    }

    /** The delivery id of a press: one per session and choice, so a second press of the same chip is a redelivery. */
    static String choiceEventId(String session, String payload) {
        return "web-choice:" + session + ":" + payload;
    }

    /** The text as the conversation model stores it ({@link StorableText}); null becomes empty. */
    static String clean(String text) {
        return text == null ? "" : StorableText.clean(text);
    }
}
