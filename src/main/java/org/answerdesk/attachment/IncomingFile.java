package org.answerdesk.attachment;

import org.answerdesk.conversation.Channel;

/**
 * A file that came with an inbound message, as a channel announces it: either a reference to the platform's media
 * (fetched later by the channel's {@link MediaFetcher}) or its bytes in hand (an email part, a web upload).
 *
 * @param eventId      the delivery id the message is stored under ({@code inbox.event_id}), which links the file to
 *                     its message once that is stored
 * @param ordinal      the file's place among the message's files (0 for the first)
 * @param client       who is charged for the storage: a platform user's id, a web chat's client address
 * @param kind         what the platform calls it (photo, document, voice, video, audio, attachment, upload)
 * @param name         the name the customer's device gave it; may be null, and is never trusted as a path
 * @param declaredType the type the platform or the sender declared; informative only, the bytes decide
 * @param declaredSize the size the platform declared, if any: a file known to be too large is not downloaded
 * @param remoteRef    the platform's media id (Telegram {@code file_id}, WhatsApp media id); null with content
 * @param content      the bytes; null with a remote reference
 */
public record IncomingFile(Channel channel, String eventId, int ordinal, String client, String kind, String name,
                           String declaredType, Long declaredSize, String remoteRef, byte[] content) {

    public IncomingFile {
        if (channel == null || eventId == null || eventId.isBlank() || kind == null) {
            throw new IllegalArgumentException("channel, eventId and kind are required");
        }
        if ((remoteRef == null) == (content == null)) {
            throw new IllegalArgumentException("exactly one of remoteRef and content is required");
        }
    }

    /** A platform's media, to fetch. */
    public static IncomingFile remote(Channel channel, String eventId, int ordinal, String client, String kind,
                                      String name, String declaredType, Long declaredSize, String remoteRef) {
        return new IncomingFile(channel, eventId, ordinal, client, kind, name, declaredType, declaredSize, remoteRef,
                null);
    }

    /** Bytes already received. */
    public static IncomingFile inHand(Channel channel, String eventId, int ordinal, String client, String kind,
                                      String name, String declaredType, byte[] content) {
        return new IncomingFile(channel, eventId, ordinal, client, kind, name, declaredType, (long) content.length,
                null, content);
    }
}
