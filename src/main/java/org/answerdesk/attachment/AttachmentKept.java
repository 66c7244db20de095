package org.answerdesk.attachment;

/**
 * Published inside the transaction that keeps a customer's file, so that a desk can store its post of the file in
 * that same transaction (the Slack desk thread of a conversation waiting for a person).
 */
public record AttachmentKept(long attachmentId, long messageId, long conversationId) {
}
