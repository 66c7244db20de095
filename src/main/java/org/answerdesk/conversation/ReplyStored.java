package org.answerdesk.conversation;

/**
 * Published after an outbound message is committed, pending delivery. The channel layer delivers it; a reply
 * whose delivery fails stays stored and is retried.
 */
public record ReplyStored(long messageId) {
}
