package org.answerdesk.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;

/**
 * The readable text of a mail's MIME tree: text/plain preferred over HTML, attachments only named. The walk is
 * bounded: Jakarta Mail parses each multipart level when it is opened, so a hostile mail nested thousands of levels
 * deep (or with thousands of parts) would take seconds per mail; beyond the bounds the mail is refused as malformed.
 */
final class MailBody {

    /** Deepest multipart nesting read; real mail (a forward of a forward with attachments) stays under 10. */
    static final int MAX_DEPTH = 20;
    /** Most MIME parts read in one mail. */
    static final int MAX_PARTS = 200;
    /** Longest text part read, in bytes: anything beyond is not a question. */
    private static final int MAX_TEXT_BYTES = 512 * 1024;

    final StringBuilder plain = new StringBuilder();
    final StringBuilder html = new StringBuilder();
    final List<String> attachments = new ArrayList<>();
    /** The attached files' bytes (decoded), in the mail's order; a forwarded mail is named only. */
    final List<ParsedMail.MailFile> files = new ArrayList<>();
    private int parts;

    /** Reads the tree below {@code root}. */
    static MailBody of(Part root) throws MessagingException, IOException, MailParser.MalformedMailException {
        var body = new MailBody();
        body.collect(root, 0);
        return body;
    }

    private void collect(Part part, int depth) throws MessagingException, IOException,
            MailParser.MalformedMailException {
        if (depth > MAX_DEPTH) {
            throw new MailParser.MalformedMailException("MIME nested deeper than " + MAX_DEPTH + " levels", null);
        }
        if (++parts > MAX_PARTS) {
            throw new MailParser.MalformedMailException("more than " + MAX_PARTS + " MIME parts", null);
        }
        String fileName = part.getFileName();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null
                || part.isMimeType("message/rfc822")) {
            attachments.add(fileName != null ? fileName : baseType(part));
            if (!part.isMimeType("message/rfc822")) {
                file(part, fileName);
            }
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
                collect(best, depth + 1);
            }
        } else if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), depth + 1);
            }
        } else if (part.isMimeType("text/plain")) {
            plain.append(plain.isEmpty() ? "" : "\n").append(read(part));
        } else if (part.isMimeType("text/html")) {
            html.append(read(part));
        } else {
            attachments.add(baseType(part));
            file(part, null);
        }
    }

    /** The mail as a whole is bounded ({@code max-mail-size}), so its parts can be read whole. */
    private void file(Part part, String fileName) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            files.add(new ParsedMail.MailFile(fileName, baseType(part), in.readAllBytes()));
        }
    }

    private static String baseType(Part part) {
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
}
