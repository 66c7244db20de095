package org.answerdesk.handoff;

/**
 * Published (synchronously, after the customer got the closing notice) when an agent resolved a handoff, e.g. for
 * a satisfaction request.
 *
 * @param resolvedBy who resolved it, as the desk names agents
 */
public record HandoffResolved(long handoffId, long conversationId, String resolvedBy) {
}
