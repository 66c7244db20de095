package org.answerdesk.conversation;

/**
 * Published in the transaction that moves a conversation to NEEDS_HUMAN: from now on the bot answers there only
 * what it can answer without a person (and stays silent once a person has written), until an agent resolves it or
 * hands it back. Listen with a plain {@code @EventListener}, which runs in that
 * transaction: what it writes (the ticket) commits with the handoff, or neither does.
 */
public record HandoffRequested(long conversationId, String reason, String callback) {

    /**
     * @param callback the phone number the customer gave to be called back on, as written; null when none was given
     */
    public HandoffRequested {
    }

    /** Without the number, which is personal data (a record's text goes to log lines). */
    @Override
    public String toString() {
        return "HandoffRequested[conversationId=" + conversationId + ", reason=" + reason + ", callback="
                + (callback == null ? "none" : "given") + "]";
    }

    /** A handoff with no number to call back on. */
    public HandoffRequested(long conversationId, String reason) {
        this(conversationId, reason, null);
    }
}
