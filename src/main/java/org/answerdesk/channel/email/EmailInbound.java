package org.answerdesk.channel.email;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import org.answerdesk.attachment.Attachments;
import org.answerdesk.attachment.IncomingFile;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.Failures;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one fetched mail into the pipeline: parse, store (deduplicated by Message-ID), and decide whether it
 * gets an answer. It never touches the mailbox: the caller flags the mail only after this returned, so a crash
 * in between means the mail is read again and recognized as already stored. A mail that no retry can take in
 * (unreadable, too large, refused by the database) is quarantined in the core ({@code answerdesk.quarantined})
 * and reported so, for the caller to move it aside; a failure that waiting may cure propagates.
 */
class EmailInbound {

    private static final Logger log = LoggerFactory.getLogger(EmailInbound.class);
    private static final int EXCERPT_BYTES = 4000;

    /** What to do with the mail in the mailbox; a stored mail is answered by the core's workers. */
    record Outcome(boolean quarantine) {
        static Outcome quarantined() {
            return new Outcome(true);
        }

        static Outcome done() {
            return new Outcome(false);
        }
    }

    /**
     * The hourly limits: per sender (From), and per address answered (Reply-To, else From); and overall, for answers
     * to addresses that have not written to us before ({@link NewcomerLimit}).
     */
    record Limits(int perAddressPerHour, Collection<String> formSenders, int newAddressesPerHour) {
    }

    private final MailParser parser = new MailParser();
    private final ConversationService conversations;
    private final LoopGuard guard;
    private final MeterRegistry meters;
    private final int maxRepliesPerHour;
    private final Set<String> formSenders;
    private final NewcomerLimit newcomers;
    private final long maxMailBytes;
    private final Attachments attachments;

    EmailInbound(ConversationService conversations, LoopGuard guard, MeterRegistry meters, Limits limits,
               long maxMailBytes, Attachments attachments) {
        this.attachments = attachments;
        this.conversations = conversations;
        this.guard = guard;
        this.meters = meters;
        this.maxRepliesPerHour = limits.perAddressPerHour();
        this.formSenders = limits.formSenders().stream().map(a -> a.strip().toLowerCase(Locale.ROOT))
                .filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.newcomers = new NewcomerLimit(conversations, limits.newAddressesPerHour());
        this.maxMailBytes = maxMailBytes;
    }

    /** Stores the mail given as its full source. Transient failures propagate: the mail stays unread for later. */
    Outcome take(byte[] source) {
        if (source.length > maxMailBytes) {
            return quarantine(parser.eventIdOf(source), "larger than " + maxMailBytes + " bytes", source);
        }
        ParsedMail mail;
        try {
            mail = parser.parse(source);
        } catch (MailParser.MalformedMailException e) {
            return quarantine(parser.eventIdOf(source), "unreadable: " + e.getMessage(), source);
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
        Participant from = participant(mail);
        var event = InboundMessage.question(mail.eventId(), new ConversationKey(Channel.EMAIL, mail.threadRoot()), from,
                text, new MessageRef(Channel.EMAIL, mail.eventId()), mail.reply().encode());
        // decided before storing, and stored with the mail: a mail not to be answered is never answered later
        Optional<String> skip = empty ? Optional.of("empty mail") : guard.reasonNotToAnswer(mail);
        if (skip.isEmpty() && conversations.answerableMessagesFrom(from, Duration.ofHours(1)) >= maxRepliesPerHour) {
            skip = Optional.of("rate limit: more than " + maxRepliesPerHour + " mails from the sender in an hour");
        }
        if (skip.isEmpty() && conversations.answerableMessagesTo(Channel.EMAIL, from.address(), Duration.ofHours(1))
                >= maxRepliesPerHour) {
            skip = Optional.of("rate limit: more than " + maxRepliesPerHour + " answers to the reply address in an hour");
        }
        if (skip.isEmpty()) {
            skip = newcomers.reasonNotToAnswer(from.address());
        }
        Receipt receipt;
        try {
            if (skip.isEmpty()) {
                expectFiles(mail, from); // before the mail: a crash in between leaves them due, not lost
            } else if (!mail.files().isEmpty()) {
                // an auto-reply, a list or a sender over the limit gets no answer, so no word about its files either
                log.info("Files of mail {} not kept (not answered): {}", mail.eventId(), mail.attachments());
            }
            receipt = conversations.receive(event, skip.orElse(null));
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            return quarantine(mail.eventId(), "refused: " + Failures.describe(e), source);
        }
        return switch (receipt.status()) {
            case QUARANTINED -> Outcome.quarantined(); // the core has kept it with its reason
            // a redelivery: if the first delivery was not answered yet, it is still due
            case DUPLICATE, IGNORED -> collected(mail, Outcome.done());
            case ACCEPTED -> collected(mail, accepted(mail, skip));
        };
    }

    private Outcome collected(ParsedMail mail, Outcome outcome) {
        if (!mail.files().isEmpty()) {
            attachments.collect(Channel.EMAIL, mail.eventId());
        }
        return outcome;
    }

    private void expectFiles(ParsedMail mail, Participant from) {
        for (int i = 0; i < mail.files().size(); i++) {
            var f = mail.files().get(i);
            attachments.expect(IncomingFile.inHand(Channel.EMAIL, mail.eventId(), i, "email:" + from.address(),
                    "attachment", f.name(), f.declaredType(), f.content()));
        }
    }

    /** Quarantines a mail the poller could not even fetch (over the size limit on the server). */
    void quarantineUnfetched(String eventId, String reason) {
        conversations.quarantine(Channel.EMAIL, eventId, reason, null);
        meters.counter("answerdesk.mail.quarantined").increment();
    }

    private Outcome accepted(ParsedMail mail, Optional<String> skip) {
        if (skip.isPresent()) {
            log.info("Mail {} from {} not answered: {}", mail.eventId(), mail.fromAddress(), skip.get());
            meters.counter("answerdesk.mail.unanswered", "reason", skip.get().split(":")[0]).increment();
        }
        return Outcome.done();
    }

    /**
     * The customer: the sender, or for a known contact form (From: the form, Reply-To: the customer) the latter; its
     * address is where the answer goes (Reply-To), which the per-address limit counts in the database.
     */
    private Participant participant(ParsedMail mail) {
        String id = formSenders.contains(mail.fromAddress()) ? replyAddress(mail) : mail.fromAddress();
        String name = id.equals(mail.fromAddress()) ? mail.fromName() : null;
        return new Participant(Channel.EMAIL, id, name, replyAddress(mail));
    }

    private static String replyAddress(ParsedMail mail) {
        String to = mail.reply().replyTo();
        return to == null ? mail.fromAddress() : to.toLowerCase(Locale.ROOT);
    }

    private Outcome quarantine(String eventId, String reason, byte[] source) {
        String excerpt = new String(source, 0, Math.min(source.length, EXCERPT_BYTES), StandardCharsets.UTF_8);
        conversations.quarantine(Channel.EMAIL, eventId, reason, excerpt);
        meters.counter("answerdesk.mail.quarantined").increment();
        return Outcome.quarantined();
    }
}
