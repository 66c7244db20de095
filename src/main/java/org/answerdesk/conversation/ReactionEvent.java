package org.answerdesk.conversation;

import org.answerdesk.feedback.Vote;

/**
 * A thumbs-up or thumbs-down put on (added) or taken off (not added) a bot answer.
 *
 * @param target the platform's id of the rated bot message
 */
public record ReactionEvent(String eventId, ConversationKey key, Participant from, MessageRef target, Vote vote,
                            boolean added) implements InboundEvent {
    public ReactionEvent {
        eventId = StorableText.clean(eventId);
    }
}
