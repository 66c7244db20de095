package org.answerdesk.feedback;

/**
 * Published when a participant's vote on a bot answer is recorded or changed, in the transaction that stores it
 * (listen after commit to read it back).
 */
public record VoteCast(long replyId, long participantId, Vote vote) {
}
