package org.answerdesk.attachment;

import java.util.List;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.springframework.stereotype.Service;

/**
 * The files customers send, for the channels (announcing them) and for staff (seeing them).
 * <p>
 * A channel announces each file of an inbound message with {@link #expect} <em>before</em> it stores the message,
 * and calls {@link #collect} once the message is stored. The file is then fetched (if remote), checked and kept with
 * its message, off the caller's thread; a failed download is tried again later, and a file refused (too large, a
 * type not accepted, damaged) is recorded as refused and the customer told why. The message itself is answered
 * meanwhile like any other.
 */
@Service
public class Attachments {

    private final AttachmentStore store;
    private final DueFiles due;

    Attachments(AttachmentStore store, DueFiles due) {
        this.store = store;
        this.due = due;
    }

    /** Records a file that comes with a message about to be stored under {@code file.eventId()}. */
    public void expect(IncomingFile file) {
        store.addDue(file);
    }

    /** The message of {@code eventId} is stored: take its files in now (in the background). */
    public void collect(Channel channel, String eventId) {
        due.collectSoon(channel, eventId);
    }

    /** As {@link #collect}, on the caller's thread: the web chat's upload answers with the outcome. */
    public List<AttachmentInfo> collectNow(Channel channel, String eventId, long conversationId) {
        due.collectNow(channel, eventId);
        return store.ofConversation(conversationId);
    }

    /** A conversation's files, kept and refused, in the order of their messages. */
    public List<AttachmentInfo> ofConversation(long conversationId) {
        return store.ofConversation(conversationId);
    }

    /** A kept file's name, type and bytes. */
    public Optional<AttachmentStore.Content> content(long attachmentId) {
        return store.content(attachmentId);
    }
}
