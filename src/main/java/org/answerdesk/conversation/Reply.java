package org.answerdesk.conversation;

import java.util.List;

/**
 * A stored outbound message: what every adapter delivers, and what the web channel returns.
 *
 * @param messageId   the reply's id; feedback refers to it
 * @param inReplyToId the inbound message it answers, or null (agent messages, greetings)
 */
public record Reply(long messageId, long conversationId, Long inReplyToId, ConversationKey key, String text,
                    ReplySource source, double confidence, List<Suggestion> suggestions, boolean needsHuman) {
}
