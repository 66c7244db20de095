package org.answerdesk.conversation;

import java.util.List;

/**
 * A stored outbound message: what every adapter delivers, and what the web channel returns.
 *
 * @param messageId   the reply's id; feedback refers to it
 * @param inReplyToId     the inbound message it answers, or null (agent messages, greetings)
 * @param ratingRequestId set when this message asks for a satisfaction rating (scores 1-5) under this id
 * @param choices         non-empty when this reply asks the customer to choose among these FAQ entries (a clarify
 *                        reply); see {@link OutboundMessage#choices}
 */
public record Reply(long messageId, long conversationId, Long inReplyToId, ConversationKey key, String text,
                    ReplySource source, double confidence, List<Suggestion> suggestions, boolean needsHuman,
                    Long ratingRequestId, List<Suggestion> choices) {

    public Reply {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A message that offers no choices. */
    public Reply(long messageId, long conversationId, Long inReplyToId, ConversationKey key, String text,
                 ReplySource source, double confidence, List<Suggestion> suggestions, boolean needsHuman,
                 Long ratingRequestId) {
        this(messageId, conversationId, inReplyToId, key, text, source, confidence, suggestions, needsHuman,
                ratingRequestId, List.of());
    }

    /** Whether this reply asks the customer to choose among {@link #choices}. */
    public boolean offersChoices() {
        return !choices.isEmpty();
    }

    /** A message that asks for no rating. */
    public Reply(long messageId, long conversationId, Long inReplyToId, ConversationKey key, String text,
                 ReplySource source, double confidence, List<Suggestion> suggestions, boolean needsHuman) {
        this(messageId, conversationId, inReplyToId, key, text, source, confidence, suggestions, needsHuman, null);
    }
}
