package org.answerdesk.conversation;

/**
 * Something a channel adapter received, normalized. {@link #eventId()} is the platform's delivery id
 * (Slack event_id, Telegram update_id, email Message-ID, web idempotency key); it is unique per channel, and a
 * second delivery with the same id is a no-op.
 */
public sealed interface InboundEvent permits InboundMessage, ReactionEvent {

    String eventId();

    ConversationKey key();

    Participant from();

    default Channel channel() {
        return key().channel();
    }
}
