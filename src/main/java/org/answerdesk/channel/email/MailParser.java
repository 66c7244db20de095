package org.answerdesk.channel.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads a mail from its full source: ids and thread, sender, and the text a customer wrote. text/plain is
 * preferred over HTML; any charset is decoded (undeclared ones as UTF-8, else Windows-1252); attachments are
 * named and their bytes kept for the attachment store ({@link MailBody}, which also bounds the MIME tree).
 */
final class MailParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>\\s@]+@[^<>\\s@]+)>\\s*$");

    // headers in raw UTF-8 (RFC 6532) are read as UTF-8; invalid bytes become U+FFFD instead of failing the mail
    private final Session session = Session.getInstance(utf8Headers());

    private static Properties utf8Headers() {
        var props = new Properties();
        props.put("mail.mime.allowutf8", "true");
        return props;
    }

    /** @throws MalformedMailException if the mail's structure or sender cannot be read */
    ParsedMail parse(byte[] source) throws MalformedMailException {
        try {
            var mail = new MimeMessage(session, new ByteArrayInputStream(source));
            Map<String, String> headers = headers(mail);
            String messageId = firstId(mail.getHeader("Message-ID", null));
            List<String> references = ids(mail.getHeader("References", " "));
            if (references.isEmpty()) {
                references = ids(mail.getHeader("In-Reply-To", " "));
            }
            InternetAddress from = sender(mail);
            String replyTo = replyTo(mail, from);
            var body = MailBody.of(mail);
            String text = !body.plain.toString().isBlank() ? MailText.newContent(body.plain.toString())
                    : MailText.newContent(MailText.fromHtml(body.html.toString()));
            String eventId = messageId != null ? messageId : "sha256:" + sha256(source);
            String root = !references.isEmpty() ? references.get(0) : eventId;
            var reply = new MailHeaders(messageId, references, mail.getSubject(), replyTo, body.attachments,
                    from.getAddress());
            return new ParsedMail(eventId, root, from.getAddress().toLowerCase(Locale.ROOT), from.getPersonal(), text,
                    reply, headers, List.copyOf(body.files));
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MalformedMailException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /**
     * The id a mail is known by even when it cannot be parsed: its Message-ID if the headers yield one, else the
     * SHA-256 of its source (the same on every fetch), so it is quarantined once, not once per attempt.
     */
    String eventIdOf(byte[] source) {
        try {
            String id = firstId(new MimeMessage(session, new ByteArrayInputStream(source))
                    .getHeader("Message-ID", null));
            if (id != null) {
                return id;
            }
        } catch (MessagingException | RuntimeException e) {
            // not even the headers: the hash below
        }
        return "sha256:" + sha256(source);
    }

    /** The ids in a Message-ID, In-Reply-To or References header, in order, each as {@code <...>}. */
    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher m = MESSAGE_ID.matcher(header);
            while (m.find()) {
                if (!ids.contains(m.group())) {
                    ids.add(m.group());
                }
            }
        }
        return ids;
    }

    private static String firstId(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static InternetAddress sender(MimeMessage mail) throws MessagingException {
        Address[] from;
        try {
            from = mail.getFrom();
        } catch (AddressException e) {
            from = angleAddress(mail.getHeader("From", ","));
        }
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || !address.getAddress().contains("@")) {
            throw new MessagingException("no sender address");
        }
        return address;
    }

    /**
     * The {@code <address>} of a From header whose name part cannot be parsed (an unbalanced parenthesis, broken
     * bytes): the address is what an answer needs.
     */
    private static InternetAddress[] angleAddress(String header) throws AddressException {
        Matcher m = header == null ? null : ANGLE_ADDRESS.matcher(header);
        if (m == null || !m.find()) {
            throw new AddressException("no sender address", header);
        }
        var address = new InternetAddress(m.group(1), true);
        String name = header.substring(0, m.start()).replace("\"", "").strip();
        try {
            address.setPersonal(name.isEmpty() ? null : name, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            // UTF-8 is always there
        }
        return new InternetAddress[] {address};
    }

    private static String replyTo(MimeMessage mail, InternetAddress from) throws MessagingException {
        try {
            String header = mail.getHeader("Reply-To", ",");
            if (header != null) {
                var parsed = InternetAddress.parseHeader(header, false);
                if (parsed.length > 0 && parsed[0].getAddress() != null && parsed[0].getAddress().contains("@")) {
                    return parsed[0].getAddress();
                }
            }
        } catch (AddressException e) {
            // an unreadable Reply-To: answer the sender
        }
        return from.getAddress();
    }

    private static Map<String, String> headers(MimeMessage mail) throws MessagingException {
        Map<String, String> headers = new LinkedHashMap<>();
        var all = mail.getAllHeaders();
        while (all.hasMoreElements()) {
            Header h = all.nextElement();
            headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue() == null ? "" : h.getValue().strip());
        }
        return headers;
    }

    private static String sha256(byte[] source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail whose structure or sender cannot be read. */
    static final class MalformedMailException extends Exception {
        MalformedMailException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
