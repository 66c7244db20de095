package org.answerdesk.channel.email;

import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one fetched mail into the pipeline: parse, store (deduplicated by Message-ID), and decide whether it
 * gets an answer. It never touches the mailbox: the caller flags the mail only after this returned, so a crash
 * in between means the mail is read again and recognized as already stored.
 */
class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    /** What to do with the mail in the mailbox, and which stored message (if any) to answer. */
    record Outcome(boolean quarantine, Long answer) {
        static Outcome quarantined() {
            return new Outcome(true, null);
        }

        static Outcome done(Long answer) {
            return new Outcome(false, answer);
        }
    }

    private final MailParser parser = new MailParser();
    private final ConversationService conversations;
    private final LoopGuard guard;
    private final MeterRegistry meters;
    private final int maxRepliesPerHour;

    MailIntake(ConversationService conversations, LoopGuard guard, MeterRegistry meters, int maxRepliesPerHour) {
        this.conversations = conversations;
        this.guard = guard;
        this.meters = meters;
        this.maxRepliesPerHour = maxRepliesPerHour;
    }

    /** Stores the mail given as its full source. Database errors propagate: the mail stays unread for later. */
    Outcome take(byte[] source) {
        ParsedMail mail;
        try {
            mail = parser.parse(source);
        } catch (MailParser.MalformedMailException e) {
            log.warn("Unreadable mail quarantined: {}", e.getMessage());
            meters.counter("answerdesk.mail.quarantined").increment();
            return Outcome.quarantined();
        }
        if (!mail.attachments().isEmpty()) {
            log.info("Mail {} has attachments that are not read: {}", mail.eventId(), mail.attachments());
        }
        String text = mail.text().isBlank() ? Optional.ofNullable(mail.reply().subject()).orElse("").strip() : mail.text();
        boolean empty = text.isBlank();
        if (empty) {
            text = "(empty mail)";
        }
        int max = conversations.maxMessageLength();
        if (text.length() > max) {
            text = text.substring(0, max);
        }
        var from = new Participant(Channel.EMAIL, mail.fromAddress(), mail.fromName(), mail.fromAddress());
        var event = new InboundMessage(mail.eventId(), new ConversationKey(Channel.EMAIL, mail.threadRoot()), from,
                text, new MessageRef(Channel.EMAIL, mail.eventId()), mail.reply().encode());
        // decided before storing, and stored with the mail: a mail not to be answered is never answered later
        Optional<String> skip = empty ? Optional.of("empty mail") : guard.reasonNotToAnswer(mail);
        if (skip.isEmpty() && conversations.answerableMessagesFrom(from, Duration.ofHours(1)) >= maxRepliesPerHour) {
            skip = Optional.of("rate limit: more than " + maxRepliesPerHour + " mails from the sender in an hour");
        }
        Receipt receipt = conversations.receive(event, skip.orElse(null));
        if (receipt.status() != Receipt.Status.ACCEPTED) {
            // a redelivery: answer it if the first delivery never got that far (respond answers once, and never
            // a message stored as not to be answered)
            return Outcome.done(receipt.messageId());
        }
        if (skip.isPresent()) {
            log.info("Mail {} from {} not answered: {}", mail.eventId(), mail.fromAddress(), skip.get());
            meters.counter("answerdesk.mail.unanswered", "reason", skip.get().split(":")[0]).increment();
            return Outcome.done(null);
        }
        return Outcome.done(receipt.messageId());
    }
}
