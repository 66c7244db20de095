package org.answerdesk.handoff;

import java.time.OffsetDateTime;
import java.util.List;

import org.answerdesk.conversation.TranscriptLine;

/** An open handoff as agents see it: who, on which channel, why, and the latest messages. */
public record Ticket(long id, long conversationId, String channel, String customer, String reason,
                     OffsetDateTime openedAt, List<TranscriptLine> transcript) {
}
