package org.answerdesk.conversation.work;

import org.answerdesk.dialogue.Intent;
import java.util.UUID;

/**
 * An inbound message some worker may answer now; {@code claim} proves it is this worker's turn, and
 * {@code attempts} counts the claims taken on it so far, this one included.
 */
public record ClaimedInbound(long id, long conversationId, String text, Intent intent, UUID claim, int attempts) {
}
