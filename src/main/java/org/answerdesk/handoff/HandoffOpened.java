package org.answerdesk.handoff;

/** Published when a conversation got a new open handoff; an agents' desk (Slack) opens a thread for it. */
public record HandoffOpened(long handoffId, long conversationId, String reason) {
}
