package org.answerdesk.conversation;

/** Published for each customer message that arrives while the conversation waits for a person. */
public record CustomerWaiting(long conversationId, long messageId, String text) {
}
