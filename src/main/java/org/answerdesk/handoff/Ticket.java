package org.answerdesk.handoff;

import java.time.OffsetDateTime;
import java.util.List;

import org.answerdesk.attachment.AttachmentInfo;
import org.answerdesk.conversation.TranscriptLine;

/**
 * An open handoff as agents see it: who, on which channel, why, and the latest messages.
 *
 * @param reason         why it went to a person, in the desk's language (the stored code's text)
 * @param outOfHours     it was opened outside business hours
 * @param replyExpectedBy when the customer was told the team would be back (null when opened during the hours)
 * @param callback       the phone number the customer asked to be called back on, as written, or null
 * @param files          the files the customer sent in the conversation (before or after the handoff), each with the
 *                       id of the message it came with ({@code GET /api/attachments/{id}} downloads it)
 */
public record Ticket(long id, long conversationId, String channel, String customer, String reason,
                     OffsetDateTime openedAt, boolean outOfHours, OffsetDateTime replyExpectedBy,
                     List<TranscriptLine> transcript, List<AttachmentInfo> files, String callback) {
}
