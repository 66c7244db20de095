package org.answerdesk.conversation;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one encoding of a press on a choice the bot offered in a clarify reply, carried by every channel's buttons,
 * chips and links: {@code pick:<reply id>:<entry id>} for an offered FAQ entry, {@code pick:<reply id>:else} for
 * "Something else". ASCII, at most 64 bytes (Telegram's callback data limit). The core, not the adapter, decides
 * whether a press counts: only in the conversation of that reply, for an entry it offered, once.
 *
 * <p>The quick replies under a direct answer ("did that help", where the owner switched them on) are encoded here
 * too: {@code helped:<reply id>} and {@code unhelped:<reply id>}.
 */
public final class ChoicePayload {

    /**
     * What a press on "Something else" says to the core (the core's words, English whatever the button showed:
     * a button's label is the text {@code choices.something-else} in the conversation's language).
     */
    public static final String SOMETHING_ELSE_LABEL = org.answerdesk.dialogue.Press.SOMETHING_ELSE_LABEL;
    /** What a press on "Talk to a person" is stored as (the button shows {@code choices.talk-to-person}). */
    public static final String TALK_TO_PERSON_LABEL = "Talk to a person";

    /**
     * The payload of "Talk to a person" where a channel's button carries one (the web chat and widget): a request
     * for a person ({@link org.answerdesk.dialogue.Intent#HUMAN}), never a sentence for a recogniser to catch.
     */
    public static final String PERSON = "human";

    /** What a press on "That helped" says to the core (the button shows {@code choices.helped}). */
    public static final String HELPED_LABEL = org.answerdesk.dialogue.Press.HELPED_LABEL;

    private static final Pattern PAYLOAD = Pattern.compile("pick:(\\d{1,18}):(\\d{1,18}|else)");

    private static final Pattern DID_IT_HELP = Pattern.compile("(helped|unhelped):(\\d{1,18})");

    private ChoicePayload() {
    }

    /**
     * A decoded press on a "did that help" quick reply.
     *
     * @param replyId the stored answer the quick replies were under
     * @param helped  "That helped" (true) or "Something else" (false)
     */
    public record Verdict(long replyId, boolean helped) {

        /** What the customer pressed, as the web chat's chips send it: the core reads it as the act it names. */
        public String label() {
            return helped ? HELPED_LABEL : SOMETHING_ELSE_LABEL;
        }
    }

    /** The payload of "That helped" under a direct answer. */
    public static String helped(long replyId) {
        return "helped:" + replyId;
    }

    /** The payload of "Something else" under a direct answer. */
    public static String notHelped(long replyId) {
        return "unhelped:" + replyId;
    }

    /** The "did that help" press a payload names; empty for anything else. */
    public static Optional<Verdict> verdict(String payload) {
        Matcher m = payload == null ? null : DID_IT_HELP.matcher(payload.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(Long.parseLong(m.group(2)), "helped".equals(m.group(1))));
    }

    /**
     * A decoded press.
     *
     * @param replyId the stored clarify reply whose choice was pressed
     * @param entryId the FAQ entry chosen, empty for "Something else"
     */
    public record Pick(long replyId, OptionalLong entryId) {

        public boolean somethingElse() {
            return entryId.isEmpty();
        }
    }

    /** The payload of the button for an offered entry. */
    public static String entry(long replyId, long entryId) {
        return "pick:" + replyId + ":" + entryId;
    }

    /** The payload of the "Something else" button. */
    public static String somethingElse(long replyId) {
        return "pick:" + replyId + ":else";
    }

    /** The press a payload names; empty for anything that is not a well-formed choice payload. */
    public static Optional<Pick> decode(String payload) {
        Matcher m = payload == null ? null : PAYLOAD.matcher(payload.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long reply = Long.parseLong(m.group(1));
        OptionalLong entry = "else".equals(m.group(2)) ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(m.group(2)));
        return Optional.of(new Pick(reply, entry));
    }
}
