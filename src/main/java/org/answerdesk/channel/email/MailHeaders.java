package org.answerdesk.channel.email;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reply needs from the mail it answers, kept as {@code InboundMessage.raw} in a small header-like text
 * format ({@code Name: value} per line) that staff can read too.
 *
 * @param messageId   the answered mail's Message-ID ({@code <...>}), null if it had none
 * @param references  its References chain (or its In-Reply-To when it had no References), oldest first
 * @param subject     its subject, may be null
 * @param replyTo     where the answer goes: Reply-To, else From
 * @param attachments names of attachments that were not read, for staff
 * @param sender      its From address
 */
record MailHeaders(String messageId, List<String> references, String subject, String replyTo,
                   List<String> attachments, String sender) {

    MailHeaders {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
    }

    /** The headers of a mail whose answer goes back to its sender. */
    MailHeaders(String messageId, List<String> references, String subject, String replyTo, List<String> attachments) {
        this(messageId, references, subject, replyTo, attachments, replyTo);
    }

    /**
     * Whether the answer goes back to the sender. If not (a Reply-To naming someone else), the mail's words, its
     * subject included, are a stranger's and must not be sent to that address in the shop's name.
     */
    boolean answersSender() {
        return sender == null || sender.equalsIgnoreCase(replyTo);
    }

    String encode() {
        var out = new StringBuilder();
        line(out, "Message-ID", messageId);
        line(out, "References", String.join(" ", references));
        line(out, "Subject", subject);
        line(out, "Reply-To", replyTo);
        line(out, "From", sender);
        line(out, "Attachments", String.join(", ", attachments));
        return out.toString();
    }

    static MailHeaders decode(String raw) {
        String messageId = null;
        String subject = null;
        String replyTo = null;
        String sender = null;
        List<String> references = new ArrayList<>();
        List<String> attachments = new ArrayList<>();
        for (String line : raw.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String value = line.substring(colon + 1).strip();
            switch (line.substring(0, colon)) {
                case "Message-ID" -> messageId = value;
                case "References" -> references.addAll(List.of(value.split(" ")));
                case "Subject" -> subject = value;
                case "Reply-To" -> replyTo = value;
                case "From" -> sender = value;
                case "Attachments" -> attachments.addAll(List.of(value.split(", ")));
                default -> { }
            }
        }
        // a row without a From line is answered as a reply to its sender
        return new MailHeaders(messageId, references, subject, replyTo, attachments, sender == null ? replyTo : sender);
    }

    private static void line(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append(name).append(": ").append(value.replaceAll("[\\r\\n]+", " ").strip()).append('\n');
        }
    }
}
