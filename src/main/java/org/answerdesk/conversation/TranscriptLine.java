package org.answerdesk.conversation;

import java.time.OffsetDateTime;

/**
 * One message of a conversation as staff see it.
 *
 * @param fromCustomer true for the customer's messages, false for the bot's and agents'
 * @param source       for outbound messages: who wrote it; null for the customer's
 * @param agent        the agent's name for AGENT messages
 */
public record TranscriptLine(long messageId, boolean fromCustomer, String text, ReplySource source, String agent,
                             OffsetDateTime at) {
}
