package org.answerdesk.handoff;

/**
 * Published inside the transaction that opens a handoff; an agents' desk (Slack) stores the post that opens a
 * thread for it in that same transaction ({@link DeskOutbox#summary}).
 */
public record HandoffOpened(long handoffId, long conversationId, String reason) {
}
