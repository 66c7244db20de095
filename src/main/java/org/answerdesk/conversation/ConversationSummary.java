package org.answerdesk.conversation;

/** Who a conversation is with, and its state, as the staff's desk reads it. */
public record ConversationSummary(long id, ConversationKey key, ConversationStatus status, Participant customer) {
}
