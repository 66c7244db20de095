package org.answerdesk.channel.web;

import java.util.regex.Pattern;

/**
 * Checks and cleans what a web client sends. A session id is the web customer's secret (whoever knows it can
 * read, rate and reset the conversation), so it must look like one: 8 to 128 printable ASCII characters; the
 * chat page uses a random UUID. Message text loses the characters no chat message needs and PostgreSQL cannot
 * store (NUL, other control characters but tab and line breaks, unpaired surrogates).
 */
final class WebInput {

    static final int MIN_SESSION_LENGTH = 8;
    static final int MAX_SESSION_LENGTH = 128;
    static final int MAX_KEY_LENGTH = 200;

    private static final Pattern SESSION = Pattern.compile("[\\x21-\\x7E]{" + MIN_SESSION_LENGTH + ","
            + MAX_SESSION_LENGTH + "}");

    private WebInput() {
    }

    static String session(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("session_id is required");
        }
        if (!SESSION.matcher(value).matches()) {
            throw new IllegalArgumentException("session_id must be " + MIN_SESSION_LENGTH + " to "
                    + MAX_SESSION_LENGTH + " printable ASCII characters without spaces, e.g. a random UUID");
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

    /** The text without NUL, control characters other than tab, CR and LF, and unpaired surrogates. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && (!Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r')) {
                out.append(c);
            }
        }
        return out.length() == text.length() ? text : out.toString();
    }
}
