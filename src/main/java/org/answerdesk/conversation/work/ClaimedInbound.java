package org.answerdesk.conversation.work;

import org.answerdesk.dialogue.Intent;
import java.util.UUID;

/**
 * An inbound message some worker may answer now; {@code claim} proves it is this worker's turn, and
 * {@code attempts} counts the claims taken on it so far, this one included.
 *
 * @param transcript what was heard in the message's voice note ({@link Hearing}), which its text now carries; null
 *                   for a message that was typed (or whose voice note was not heard)
 */
public record ClaimedInbound(long id, long conversationId, String text, Intent intent, UUID claim, int attempts,
                             String transcript) {

    public ClaimedInbound(long id, long conversationId, String text, Intent intent, UUID claim, int attempts) {
        this(id, conversationId, text, intent, claim, attempts, null);
    }
}
