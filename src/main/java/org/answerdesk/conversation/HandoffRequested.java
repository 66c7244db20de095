package org.answerdesk.conversation;

/**
 * Published in the transaction that moves a conversation to NEEDS_HUMAN: from now on the bot stays silent there
 * until an agent resolves it or hands it back. Listen with {@code @ApplicationModuleListener}: the event is stored
 * with that transaction (Spring Modulith's publication registry), delivered after it commits, and delivered again
 * after a restart until the listener has completed, so listeners must be idempotent.
 */
public record HandoffRequested(long conversationId, String reason) {
}
