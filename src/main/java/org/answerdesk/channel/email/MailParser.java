package org.answerdesk.channel.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads a mail from its full source: ids and thread, sender, and the text a customer wrote. text/plain is
 * preferred over HTML; any charset is decoded (undeclared ones as UTF-8, else Windows-1252); attachments are
 * not read, only named.
 */
final class MailParser {

    /** Longest text part read, in bytes: anything beyond is not a question. */
    private static final int MAX_TEXT_BYTES = 512 * 1024;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private final Session session = Session.getInstance(new Properties());

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
            var body = new Body();
            collect(mail, body);
            String text = !body.plain.toString().isBlank() ? MailText.newContent(body.plain.toString())
                    : MailText.newContent(MailText.fromHtml(body.html.toString()));
            String eventId = messageId != null ? messageId : "sha256:" + sha256(source);
            String root = !references.isEmpty() ? references.get(0) : eventId;
            var reply = new MailHeaders(messageId, references, mail.getSubject(), replyTo, body.attachments);
            return new ParsedMail(eventId, root, from.getAddress().toLowerCase(Locale.ROOT), from.getPersonal(), text,
                    reply, headers);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MalformedMailException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
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
        var from = mail.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || !address.getAddress().contains("@")) {
            throw new MessagingException("no sender address");
        }
        return address;
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

    private static final class Body {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<String> attachments = new ArrayList<>();
    }

    private static void collect(Part part, Body body) throws MessagingException, IOException {
        String fileName = part.getFileName();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null
                || part.isMimeType("message/rfc822")) {
            body.attachments.add(fileName != null ? fileName : baseType(part));
        } else if (part.isMimeType("multipart/alternative")) {
            var multipart = (Multipart) part.getContent();
            Part best = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                Part p = multipart.getBodyPart(i);
                if (p.isMimeType("text/plain")) {
                    best = p;
                    break;
                }
                if (best == null || p.isMimeType("text/html") && !best.isMimeType("text/html")) {
                    best = p;
                }
            }
            if (best != null) {
                collect(best, body);
            }
        } else if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), body);
            }
        } else if (part.isMimeType("text/plain")) {
            body.plain.append(body.plain.isEmpty() ? "" : "\n").append(read(part));
        } else if (part.isMimeType("text/html")) {
            body.html.append(read(part));
        } else {
            body.attachments.add(baseType(part));
        }
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType();
        } catch (MessagingException | RuntimeException e) {
            return "unknown part";
        }
    }

    /** A text part decoded by its declared charset; undeclared or unknown: UTF-8 if valid, else Windows-1252. */
    static String read(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_TEXT_BYTES);
        }
        Charset declared = null;
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name != null) {
                declared = Charset.forName(MimeUtility.javaCharset(name.strip()));
            }
        } catch (MessagingException | IllegalArgumentException e) {
            // unknown charset: guess below
        }
        if (declared != null) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
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
