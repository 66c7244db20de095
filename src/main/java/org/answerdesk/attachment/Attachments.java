package org.answerdesk.attachment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

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

    /** Why a file cannot be kept, as the customer is told it, and how HTTP says it (413, 415, 422, 429, 507). */
    public record Refusal(int status, String reason) {
    }

    private static final Logger log = LoggerFactory.getLogger(Attachments.class);

    private final AttachmentStore store;
    private final DueFiles due;
    private final Inspection inspection;
    private final AttachmentProperties properties;
    private final MeterRegistry meters;

    private final ConversationDesk desk;
    private final ImageBudgets imageBudgets;

    Attachments(AttachmentStore store, DueFiles due, AttachmentProperties properties, MeterRegistry meters,
                Texts texts, ConversationDesk desk, ImageBudgets imageBudgets) {
        this.store = store;
        this.due = due;
        this.desk = desk;
        this.inspection = new Inspection(properties, texts);
        this.imageBudgets = imageBudgets;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * The checks of a file before anything is stored, for a channel that can refuse it then (the web chat's
     * upload): its own bytes (size, type, an image's pixels from its header, a truncated PDF), then the storage
     * limits of the key's conversation, of {@code client} and of everyone's files, then the client's budget of
     * image pixels (429). Nothing is decoded here: an image is decoded once, when it is kept. A refusal is logged and counted as when a file
     * is collected; the limits are checked again when the file is kept. Its text is in the language of the key's
     * conversation.
     */
    public Optional<Refusal> refusal(byte[] bytes, String name, ConversationKey key, String client) {
        var checked = inspection.check(bytes); // no decoding here: the file is decoded once, when it is kept
        var verdict = checked.verdict();
        if (verdict.refusal() == null) {
            verdict = store.usage(key, client).bound(verdict, properties, client);
        }
        if (verdict.refusal() == null && !imageBudgets.take(client, checked.pixels())) {
            String safeName = Inspection.safeName(name, verdict.mediaType());
            log.warn("Image {} of {} refused before it was stored: {} pixels over the client's budget", safeName, key,
                    checked.pixels());
            meters.counter("answerdesk.attachments", "outcome", "image_budget").increment();
            return Optional.of(new Refusal(429, inspection.tellBusy(safeName, desk.language(key))));
        }
        if (verdict.refusal() == null) {
            return Optional.empty();
        }
        String safeName = Inspection.safeName(name, verdict.mediaType());
        log.warn("File {} of {} refused before it was stored: {} ({})", safeName, key, verdict.refusal(),
                verdict.detail());
        meters.counter("answerdesk.attachments", "outcome", verdict.refusal().name().toLowerCase(Locale.ROOT))
            .increment();
        return Optional.of(new Refusal(status(verdict.refusal()),
                inspection.tell(verdict.refusal(), safeName, desk.language(key))));
    }

    /**
     * Why a file collected with {@link #collectNow} was not kept after all, as {@link #refusal} says it: an upload
     * that passed the checks can still find the storage full once it is kept (another upload of the same
     * conversation or client took the room meanwhile). Empty for a kept file.
     */
    public Optional<Refusal> refusalOf(AttachmentInfo file, ConversationKey key) {
        if (file == null || file.refused() == null) {
            return Optional.empty();
        }
        var refusal = Inspection.Refusal.valueOf(file.refused());
        return Optional.of(new Refusal(status(refusal), inspection.tell(refusal, file.name(), desk.language(key))));
    }

    private static int status(Inspection.Refusal refusal) {
        return switch (refusal) {
            case TYPE_NOT_ALLOWED -> 415;
            case UNREADABLE -> 422;
            case CONVERSATION_FULL, CLIENT_FULL, STORE_FULL -> 507;
            default -> 413;
        };
    }

    /** The type of a file from its first bytes, as the checks see it (never its name or declared type); null if none. */
    public String typeOf(byte[] bytes) {
        return FileTypes.detect(bytes);
    }

    /** Records a file that comes with a message about to be stored under {@code file.eventId()}. */
    public void expect(IncomingFile file) {
        store.addDue(file);
    }

    /**
     * As {@link #expect}, for a file the caller collects itself at once ({@link #collectNow}): the sweep leaves it
     * for a minute (it takes it then only if the caller died before collecting it).
     */
    public void expectToCollectNow(IncomingFile file) {
        store.addDue(file, SWEEP_AFTER);
    }

    private static final java.time.Duration SWEEP_AFTER = java.time.Duration.ofMinutes(1);

    /** The message of {@code eventId} is stored: take its files in now (in the background). */
    public void collect(Channel channel, String eventId) {
        due.collectSoon(channel, eventId);
    }

    /** As {@link #collect}, on the caller's thread: the web chat's upload answers with the outcome. */
    public List<AttachmentInfo> collectNow(Channel channel, String eventId) {
        due.collectNow(channel, eventId);
        return store.ofEvent(channel, eventId);
    }

    /** A conversation's files, kept and refused, in the order of their messages. */
    public List<AttachmentInfo> ofConversation(long conversationId) {
        return store.ofConversation(conversationId);
    }

    /** The latest files of every conversation, newest first, handed over or not. */
    public List<AttachmentInfo> latest(int limit) {
        return store.latest(limit);
    }

    /** A kept file's name, type and bytes. */
    public Optional<StoredFile> content(long attachmentId) {
        return store.content(attachmentId);
    }

    /** What the transcriber heard in a kept voice note; empty for other files and a note not heard (yet). */
    public Optional<String> transcript(long attachmentId) {
        return store.transcript(attachmentId);
    }

    /**
     * The file a staff member sent with an outbound message, for the channel that delivers it; empty for a message
     * without one.
     */
    public Optional<StoredFile> sentWith(long outboundMessageId) {
        return store.contentOfOutbound(outboundMessageId);
    }

    /** The kept files of these messages (a web chat's replies show theirs as links). */
    public List<AttachmentInfo> ofMessages(java.util.Collection<Long> messageIds) {
        return store.ofMessages(messageIds);
    }

    /**
     * A kept file as a download read from the database a chunk at a time while it is written out, only if it belongs
     * to a conversation under this key (a web chat session's own files): a download holds one chunk in memory, not
     * the file.
     */
    public Optional<FileDownload.Streamed> streamFor(long attachmentId, ConversationKey key) {
        return store.headFor(attachmentId, key).map(head -> new FileDownload.Streamed(head, store::chunk));
    }

    /** A kept file as a download read a chunk at a time (staff's downloads of customers' files). */
    public Optional<FileDownload.Streamed> stream(long attachmentId) {
        return store.head(attachmentId).map(head -> new FileDownload.Streamed(head, store::chunk));
    }

    /**
     * A kept file, only if it belongs to a conversation under this key: a web chat session downloads the files of
     * its own conversations, never another session's.
     */
    public Optional<StoredFile> contentFor(long attachmentId, ConversationKey key) {
        return store.contentFor(attachmentId, key);
    }
}
