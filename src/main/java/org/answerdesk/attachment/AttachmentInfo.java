package org.answerdesk.attachment;

import java.time.OffsetDateTime;

/**
 * A file a customer sent, as staff see it (without its bytes).
 *
 * @param mediaType the type taken from the bytes; null when refused before it was known
 * @param refused   why it was not kept (then there is nothing to download); null when kept
 * @param transcript what the transcriber heard in a voice note (it is also its message's text); null otherwise
 */
public record AttachmentInfo(long id, long messageId, long conversationId, String name, String mediaType,
                             long sizeBytes, String refused, OffsetDateTime at,
                             String transcript) {
}
