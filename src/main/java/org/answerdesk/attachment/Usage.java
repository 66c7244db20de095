package org.answerdesk.attachment;

import org.answerdesk.attachment.Inspection.Refusal;
import org.answerdesk.attachment.Inspection.Verdict;

/**
 * The bytes kept now in a conversation, by a client and in all (the sizes recorded), and the storage limits a new
 * file must fit in. Pure, like {@link Inspection}; {@link AttachmentStore#usage} reads it.
 */
record Usage(long conversation, long client, long total) {

    /**
     * The verdict, or a refusal when the file would take the conversation, the client or everyone's files over
     * their limit.
     *
     * @param client who is charged, or null when no client limit applies (a staff's file)
     */
    Verdict bound(Verdict v, AttachmentProperties limits, String client) {
        long size = v.content().length;
        if (conversation + size > limits.maxPerConversation().toBytes()) {
            return Verdict.refused(Refusal.CONVERSATION_FULL, v.mediaType(), conversation + " bytes in the conversation");
        }
        if (client != null && this.client + size > limits.maxPerClient().toBytes()) {
            return Verdict.refused(Refusal.CLIENT_FULL, v.mediaType(), this.client + " bytes of client " + client);
        }
        if (total + size > limits.maxTotal().toBytes()) {
            return Verdict.refused(Refusal.STORE_FULL, v.mediaType(), total + " bytes in all");
        }
        return v;
    }
}
