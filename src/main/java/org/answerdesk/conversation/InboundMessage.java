package org.answerdesk.conversation;

import org.answerdesk.dialogue.Intent;
/**
 * A text message from a customer or staff member. Adapters make one with {@link #question} or {@link #of}.
 *
 * @param ref    the platform's id of this message (may be null when the platform has none)
 * @param raw    what the adapter needs later to reply in place (e.g. email headers), stored with the message; may
 *               be null
 * @param intent what the message asks of the bot; the core answers each intent in its own way
 */
public record InboundMessage(String eventId, ConversationKey key, Participant from, String text, MessageRef ref,
                             String raw, Intent intent) implements InboundEvent {
    public InboundMessage {
        eventId = StorableText.clean(eventId);
        text = StorableText.clean(text);
        raw = StorableText.clean(raw);
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("eventId must not be blank");
        }
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (intent == null) {
            throw new IllegalArgumentException("intent must not be null");
        }
    }

    /** A question, without a platform id or raw payload (web chat, terminal, tests). */
    public InboundMessage(String eventId, ConversationKey key, Participant from, String text) {
        this(eventId, key, from, text, null, null, Intent.QUESTION);
    }

    /** A question to answer from the FAQ or the LLM. */
    public static InboundMessage question(String eventId, ConversationKey key, Participant from, String text,
                                          MessageRef ref, String raw) {
        return new InboundMessage(eventId, key, from, text, ref, raw, Intent.QUESTION);
    }

    /**
     * A message with the intent the adapter recognised ({@code /start}, a photo, ...); {@code text} is what the
     * customer sent, or for {@link Intent#NOT_TEXT} a short description of it ("[photo]").
     */
    public static InboundMessage of(Intent intent, String eventId, ConversationKey key, Participant from, String text,
                                    MessageRef ref, String raw) {
        return new InboundMessage(eventId, key, from, text, ref, raw, intent);
    }

    /** What is stored for a message with no visible text ({@link StorableText#hasVisibleText}). */
    static final String NO_VISIBLE_TEXT = "[a message without visible text]";

    /** The same message as one without text to read: {@link Intent#NOT_TEXT}, stored as a placeholder. */
    public InboundMessage asNotText() {
        return new InboundMessage(eventId, key, from, NO_VISIBLE_TEXT, ref, raw, Intent.NOT_TEXT);
    }

    /**
     * A press on a choice the bot offered ({@link ChoicePayload}); {@code eventId} is the platform's id of the press.
     * The core checks that the choice was offered in this conversation and answers it at most once.
     */
    public static InboundMessage choice(String eventId, ConversationKey key, Participant from, String payload,
                                        MessageRef ref, String raw) {
        return new InboundMessage(eventId, key, from, payload, ref, raw, Intent.CHOICE);
    }

    /** The same message as too long to answer: the text becomes a placeholder that says how long it was. */
    public InboundMessage asTooLong() {
        return new InboundMessage(eventId, key, from, "[a message of " + text.length() + " characters]", ref, raw,
                Intent.TOO_LONG);
    }
}
