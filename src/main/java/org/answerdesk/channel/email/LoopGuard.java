package org.answerdesk.channel.email;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The RFC 3834 rules for an autoresponder: mail that is itself automatic (including delivery reports and read
 * receipts), comes from a list or a system address, or from our own mailbox is never answered, so two robots never
 * talk to each other. A system address in {@code From} is fine when {@code Reply-To} names a person (a contact
 * form): what counts is who would receive the answer.
 */
final class LoopGuard {

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list");
    private static final Set<String> SUPPRESSING = Set.of("all", "autoreply", "oof");
    private static final Set<String> SYSTEM_SENDERS = Set.of("mailer-daemon", "postmaster", "noreply", "no-reply",
            "no_reply", "donotreply", "do-not-reply", "do_not_reply", "bounce", "bounces");

    /** RFC 6522 reports: delivery status notifications (RFC 3464) and read receipts (RFC 8098). */
    private static final Set<String> REPORT_TYPES = Set.of("multipart/report", "message/delivery-status",
            "message/disposition-notification", "message/global-delivery-status",
            "message/global-disposition-notification");

    private final Set<String> ownAddresses;

    /** @param ownAddresses our mailbox's addresses (the sender of replies, the login); may repeat, any case */
    LoopGuard(Collection<String> ownAddresses) {
        this.ownAddresses = ownAddresses.stream().filter(a -> a != null && !a.isBlank())
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Why the mail must not get an automatic answer, or empty if it may. */
    Optional<String> reasonNotToAnswer(ParsedMail mail) {
        String autoSubmitted = mail.header("Auto-Submitted");
        if (autoSubmitted != null && !token(autoSubmitted).equals("no")) {
            return Optional.of("auto-submitted: " + token(autoSubmitted));
        }
        String precedence = mail.header("Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(token(precedence))) {
            return Optional.of("precedence: " + token(precedence));
        }
        if (mail.header("List-Id") != null || mail.header("List-Unsubscribe") != null) {
            return Optional.of("mailing list");
        }
        String suppress = mail.header("X-Auto-Response-Suppress");
        if (suppress != null && Arrays.stream(suppress.split(","))
                .anyMatch(v -> SUPPRESSING.contains(v.strip().toLowerCase(Locale.ROOT)))) {
            return Optional.of("x-auto-response-suppress: " + suppress.strip());
        }
        if (mail.header("X-Autoreply") != null || mail.header("X-Autorespond") != null) {
            return Optional.of("auto-reply");
        }
        String contentType = mail.header("Content-Type");
        if (contentType != null && REPORT_TYPES.contains(token(contentType))) {
            return Optional.of("report: " + token(contentType));
        }
        String returnPath = mail.header("Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return Optional.of("bounce (empty return path)");
        }
        String from = mail.fromAddress();
        String to = mail.reply().replyTo() == null ? from : mail.reply().replyTo().toLowerCase(Locale.ROOT);
        if (ownAddresses.contains(from) || ownAddresses.contains(to)) {
            return Optional.of("from our own address");
        }
        String local = to.substring(0, Math.max(to.indexOf('@'), 0));
        if (SYSTEM_SENDERS.contains(local) || local.startsWith("noreply") || local.startsWith("no-reply")) {
            return Optional.of("system sender: " + local);
        }
        return Optional.empty();
    }

    /** The first word of a header value, lower case ("auto-replied; foo" is "auto-replied"). */
    private static String token(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int end = v.indexOf(';');
        return (end < 0 ? v : v.substring(0, end)).strip();
    }
}
