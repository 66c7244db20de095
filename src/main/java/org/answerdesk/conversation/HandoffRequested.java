package org.answerdesk.conversation;

/**
 * Published after a conversation went to NEEDS_HUMAN: from now on the bot stays silent there until an agent
 * resolves it or hands it back.
 */
public record HandoffRequested(long conversationId, String reason) {
}
