package org.answerdesk.conversation;

/**
 * A text message from a customer or staff member.
 *
 * @param ref the platform's id of this message (may be null when the platform has none)
 * @param raw what the adapter needs later to reply in place (e.g. email headers), stored with the message; may
 *            be null
 */
public record InboundMessage(String eventId, ConversationKey key, Participant from, String text, MessageRef ref,
                             String raw) implements InboundEvent {
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
    }
}
