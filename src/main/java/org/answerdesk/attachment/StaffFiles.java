package org.answerdesk.attachment;

import java.util.Locale;

import org.answerdesk.attachment.Inspection.Verdict;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.language.Texts;
import org.answerdesk.conversation.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Files staff send to a customer (from the admin page's reply box, from the desk thread). Each goes through the
 * checks of a customer's file (size, type from the bytes, image metadata removed, storage bounds of the
 * conversation and in all) and is stored with an agent's message of its own, whose text is its caption or the
 * file's name; the channel delivers that message through the outbox, with the retries of any reply, as the
 * platform's file.
 */
@Service
public class StaffFiles {

    private static final Logger log = LoggerFactory.getLogger(StaffFiles.class);
    /** A staff's file is refused to the agent who sent it, in the shop's default language (the desk's). */
    private static final java.util.Locale STAFF = null;

    /** A staff's file that is not sent, with the HTTP status (413, 415, 422, 507) and the reason. */
    public static final class Refused extends RuntimeException {

        private final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The longest text that goes with a file as its caption: Telegram's and WhatsApp's limit. */
    public static final int MAX_CAPTION = 1024;

    /** The agent's message that carries the file, and the file's row. */
    public record Sent(Reply reply, long attachmentId) {
    }

    private final AttachmentStore store;
    private final Inspection inspection;
    private final AttachmentProperties properties;
    private final ConversationDesk desk;
    private final MeterRegistry meters;

    private final ImageBudgets imageBudgets;

    StaffFiles(AttachmentStore store, AttachmentProperties properties, ConversationDesk desk, MeterRegistry meters,
               Texts texts, ImageBudgets imageBudgets) {
        this.imageBudgets = imageBudgets;
        this.store = store;
        this.inspection = new Inspection(properties, texts);
        this.properties = properties;
        this.desk = desk;
        this.meters = meters;
    }

    /**
     * The checks of the file's own bytes that need no decoding (size, type, an image's pixels from its header),
     * before anything is sent with it (the text an agent wrote with it); {@link #send} decodes an image once.
     *
     * @throws Refused when they refuse it
     */
    public void check(String name, byte[] bytes) {
        Verdict verdict = inspection.check(bytes).verdict();
        if (verdict.refusal() != null) {
            throw new Refused(status(verdict.refusal()),
                    inspection.tell(verdict.refusal(), Inspection.safeName(name, verdict.mediaType()), STAFF));
        }
    }

    /** As {@link #send(long, String, String, byte[], String)} without a caption. */
    public Sent send(long conversationId, String agent, String name, byte[] bytes) {
        return send(conversationId, agent, name, bytes, null);
    }

    /**
     * Checks the file and sends it to the customer of the conversation as {@code agent}'s message, whose text is
     * the caption (delivered with the file: a Telegram or WhatsApp caption, the mail's body, the web chat's text
     * beside the link) or, without one, the file's name.
     *
     * @param caption the text staff wrote with the file, at most {@link #MAX_CAPTION} characters; may be null
     * @throws Refused when the checks refuse it (nothing is stored or sent then)
     */
    public Sent send(long conversationId, String agent, String name, byte[] bytes, String caption) {
        if (caption != null && caption.strip().length() > MAX_CAPTION) {
            throw new IllegalArgumentException("a caption has at most " + MAX_CAPTION + " characters");
        }
        var header = inspection.check(bytes);
        if (header.verdict().refusal() == null && !imageBudgets.take("staff:" + agent, header.pixels())) {
            // the web chat's budget: a large-pixel image costs seconds of CPU on the request thread to decode
            String safeName = Inspection.safeName(name, header.verdict().mediaType());
            count("image_budget");
            log.warn("Staff file {} for conversation {} refused: {} pixels over {}'s image budget", safeName,
                    conversationId, header.pixels(), agent);
            throw new Refused(429, inspection.tellBusy(safeName, STAFF));
        }
        Verdict verdict = header.verdict().refusal() != null ? header.verdict() : inspection.inspect(bytes);
        String safeName = Inspection.safeName(name, verdict.mediaType());
        if (verdict.refusal() == null) {
            verdict = store.usage(conversationId, null).bound(verdict, properties, null);
        }
        if (verdict.refusal() != null) {
            throw refused(verdict, conversationId, safeName);
        }
        Verdict checked = verdict;
        byte[] kept = verdict.content();
        String type = verdict.mediaType();
        long[] id = new long[1];
        String text = caption == null || caption.isBlank() ? safeName : caption.strip();
        Reply reply = desk.postAgentReply(conversationId, text, agent, messageId -> {
            // again under the storage lock: the message is not stored if the file no longer fits
            store.lockUsage();
            Verdict bounded = store.usage(conversationId, null).bound(checked, properties, null);
            if (bounded.refusal() != null) {
                throw refused(bounded, conversationId, safeName);
            }
            id[0] = store.keepOutbound(messageId, conversationId, "staff:" + agent, safeName, type,
                    Collector.sha256(kept), kept);
        });
        log.info("Staff file {} ({}, {} bytes) sent with message {}", safeName, type, kept.length,
                reply.messageId());
        count("sent");
        return new Sent(reply, id[0]);
    }

    private Refused refused(Verdict verdict, long conversationId, String safeName) {
        count(verdict.refusal().name().toLowerCase(Locale.ROOT));
        log.warn("Staff file {} for conversation {} refused: {} ({})", safeName, conversationId, verdict.refusal(),
                verdict.detail());
        return new Refused(status(verdict.refusal()), inspection.tell(verdict.refusal(), safeName, STAFF));
    }

    private static int status(Inspection.Refusal refusal) {
        switch (refusal) {
            case TYPE_NOT_ALLOWED:
                return 415;
            case UNREADABLE:
                return 422;
            case CONVERSATION_FULL:
            case CLIENT_FULL:
            case STORE_FULL:
                return 507;
            default:
                return 413;
        }
    }

    private void count(String outcome) {
        meters.counter("answerdesk.attachments.staff", "outcome", outcome).increment();
    }
}
