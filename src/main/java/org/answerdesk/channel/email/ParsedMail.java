package org.answerdesk.channel.email;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fetched mail as the channel needs it.
 *
 * @param eventId     the Message-ID, or for mail without one a hash of its full source (stable across fetches)
 * @param threadRoot  the conversation's key: first of References, else In-Reply-To, else the own Message-ID
 * @param fromAddress the sender's address, lower case
 * @param text        the customer's own words (quotes and signature stripped), may be empty
 * @param headers     every header by lower-case name (first occurrence), for the loop rules
 * @param files       the attached files, with their bytes
 */
record ParsedMail(String eventId, String threadRoot, String fromAddress, String fromName, String text,
                  MailHeaders reply, Map<String, String> headers, List<MailFile> files) {

    /** An attached file: its name (may be null), the type the mail declared, its decoded bytes. */
    record MailFile(String name, String declaredType, byte[] content) {
    }

    ParsedMail(String eventId, String threadRoot, String fromAddress, String fromName, String text, MailHeaders reply,
               Map<String, String> headers) {
        this(eventId, threadRoot, fromAddress, fromName, text, reply, headers, List.of());
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    List<String> attachments() {
        return reply.attachments();
    }
}
