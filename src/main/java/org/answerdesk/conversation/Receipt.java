package org.answerdesk.conversation;

/**
 * What became of an inbound event.
 *
 * @param messageId the stored inbound message (for a duplicate: the one stored the first time); null for
 *                  reactions and ignored events
 */
public record Receipt(Status status, Long messageId) {

    public enum Status {
        /** New: stored, and (for a message) to be answered. */
        ACCEPTED,
        /** Seen before under the same event id: nothing new was stored. */
        DUPLICATE,
        /** Stored in the inbox but nothing to do, e.g. a reaction on a message that is not a bot answer. */
        IGNORED,
        /** Could not be stored for a reason retrying cannot cure; kept in the quarantine with that reason. */
        QUARANTINED
    }

    public static Receipt accepted(Long messageId) {
        return new Receipt(Status.ACCEPTED, messageId);
    }

    public static Receipt duplicate(Long messageId) {
        return new Receipt(Status.DUPLICATE, messageId);
    }

    public static Receipt quarantined() {
        return new Receipt(Status.QUARANTINED, null);
    }

    public static Receipt ignored() {
        return new Receipt(Status.IGNORED, null);
    }
}
