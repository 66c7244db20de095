package org.answerdesk.handoff;

/**
 * A post to the agents' desk claimed for one delivery attempt.
 *
 * @param handoffId      the handoff whose thread it belongs to; null for a post into {@code threadRef} only
 * @param text           {@link Kind#CUSTOMER}: the customer's words; {@link Kind#NOTICE}: the desk's own text as
 *                       it is to be posted; {@link Kind#SUMMARY}: null (the desk renders the ticket when it posts)
 * @param threadRef      where to post it (e.g. Slack channel:ts of the handoff's summary); null for a summary, and
 *                       for a post whose handoff never got a desk thread (its summary was refused)
 * @param messagesBefore for a summary: show only the transcript before this message id, the first customer message
 *                       that has a post of its own (null: the whole transcript)
 * @param attempt        this attempt's number, from 1
 * @param attachmentId   {@link Kind#FILE}: the customer's file to post; null otherwise
 */
public record DeskPost(long id, Long handoffId, Kind kind, String text, String threadRef, Long messagesBefore,
                       int attempt, Long attachmentId) {

    public enum Kind {
        /** Opens the handoff's thread: the ticket (customer, channel, reason, latest messages). */
        SUMMARY,
        /** A customer message that arrived while the conversation waits for a person. */
        CUSTOMER,
        /** A notice of the desk itself (resolved, added to the FAQ). */
        NOTICE,
        /** A file the customer sent in the conversation (before the handoff, or while it waits for a person). */
        FILE
    }
}
