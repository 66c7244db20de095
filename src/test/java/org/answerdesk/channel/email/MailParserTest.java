package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MailParserTest {

    private final MailParser parser = new MailParser();

    static byte[] fixture(String name) throws Exception {
        return Files.readAllBytes(Path.of("channels/email/fixtures", name));
    }

    @Test
    void plainMailKeepsTheQuestionAndDropsTheSignature() throws Exception {
        ParsedMail mail = parser.parse(fixture("plain.eml"));
        assertThat(mail.eventId()).isEqualTo("<CAF8xq1+plain-0001@mail.customer.example>");
        assertThat(mail.threadRoot()).isEqualTo(mail.eventId());
        assertThat(mail.fromAddress()).isEqualTo("ann@customer.example");
        assertThat(mail.fromName()).isEqualTo("Ann Example");
        assertThat(mail.text()).startsWith("Hello,").contains("How can I reset my password?")
                .endsWith("Ann").doesNotContain("Customer Example Ltd");
        assertThat(mail.reply().replyTo()).isEqualTo("ann@customer.example");
        assertThat(mail.reply().subject()).isEqualTo("Password reset");
        assertThat(mail.reply().references()).isEmpty();
    }

    @Test
    void htmlOnlyMailBecomesTextWithoutTheQuotedAnswer() throws Exception {
        ParsedMail mail = parser.parse(fixture("html-only.eml"));
        assertThat(mail.text()).isEqualTo("Hi there,\n\nDo you ship to Canada?\nAnd how long does it take?");
    }

    @Test
    void latin1MailIsDecodedByItsCharset() throws Exception {
        ParsedMail mail = parser.parse(fixture("iso-8859-1.eml"));
        assertThat(mail.text()).contains("wie lange dauert eine Rückerstattung?").contains("Grüße aus Köln, Jürgen");
        assertThat(mail.fromName()).isEqualTo("Jürgen Müller");
        assertThat(mail.reply().subject()).isEqualTo("Rückerstattung");
    }

    @Test
    void outlookReplyContinuesTheThreadPrefersPlainTextAndNotesTheAttachment() throws Exception {
        ParsedMail mail = parser.parse(fixture("outlook-reply.eml"));
        assertThat(mail.threadRoot()).isEqualTo("<CAF8xq1+plain-0001@mail.customer.example>");
        assertThat(mail.reply().references()).containsExactly("<CAF8xq1+plain-0001@mail.customer.example>",
                "<answerdesk.41.abcdefabcdef@answerdesk.test>");
        assertThat(mail.text()).isEqualTo("Thanks \u2013 and how long do refunds take?");
        assertThat(mail.attachments()).containsExactly("invoice.pdf");
        assertThat(MailHeaders.decode(mail.reply().encode())).isEqualTo(mail.reply());
    }

    @Test
    void mailWithoutMessageIdGetsAStableHashAsItsId() throws Exception {
        ParsedMail first = parser.parse(fixture("no-message-id.eml"));
        ParsedMail again = parser.parse(fixture("no-message-id.eml"));
        assertThat(first.eventId()).startsWith("sha256:").isEqualTo(again.eventId());
        assertThat(first.threadRoot()).isEqualTo(first.eventId());
        assertThat(first.reply().messageId()).isNull();
        assertThat(first.text()).isEqualTo("When are you open on weekends?");
    }

    @Test
    void malformedMimeIsRejected() {
        assertThatThrownBy(() -> parser.parse(fixture("malformed.eml")))
                .isInstanceOf(MailParser.MalformedMailException.class);
    }

    @Test
    void mailWithoutSenderIsRejected() {
        byte[] noFrom = "To: support@answerdesk.test\r\nSubject: x\r\n\r\nhello\r\n".getBytes();
        assertThatThrownBy(() -> parser.parse(noFrom)).isInstanceOf(MailParser.MalformedMailException.class)
                .hasMessageContaining("sender");
    }

    @Test
    void idsAreReadFromFoldedHeaders() {
        assertThat(MailParser.ids(" <a@x>\r\n\t<b@y> <a@x>,<c@z>")).containsExactly("<a@x>", "<b@y>", "<c@z>");
        assertThat(MailParser.ids("no ids here")).isEmpty();
    }

    @Test
    void mimeNestedTenThousandLevelsDeepIsRefusedWithoutParsingItAll() {
        byte[] source = nested("ann@customer.example", "<deep@customer.example>", 10_000);
        assertThat(source.length).isGreaterThan(700_000);
        assertThatThrownBy(() -> parser.parse(source)).isInstanceOf(MailParser.MalformedMailException.class)
                .hasMessageContaining("nested deeper than " + MailBody.MAX_DEPTH);
        assertThat(parser.eventIdOf(source)).isEqualTo("<deep@customer.example>");
    }

    @Test
    void nestingUpToTheLimitIsRead() throws Exception {
        byte[] source = nested("ann@customer.example", "<ok@customer.example>",
                MailBody.MAX_DEPTH - 1);
        assertThat(parser.parse(source).text()).isEqualTo("How can I reset my password?");
    }

    @Test
    void rawUtf8AndInvalidBytesInHeadersAreRead() throws Exception {
        byte[] source = ("From: J\u00fcrgen \u00c4 <j@kunde.example>\r\nSubject: R\u00fcckerstattung\r\n"
                + "Message-ID: <u@kunde.example>\r\n\r\nWie lange?\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] broken = source.clone();
        broken[7] = (byte) 0xFF; // inside the name
        ParsedMail mail = parser.parse(source);
        assertThat(mail.fromName()).isEqualTo("J\u00fcrgen \u00c4");
        assertThat(mail.reply().subject()).isEqualTo("R\u00fcckerstattung");
        assertThat(parser.parse(broken).fromAddress()).isEqualTo("j@kunde.example");
    }

    /** A mail whose body is a multipart in a multipart ... {@code depth} levels deep, with one question inside. */
    static byte[] nested(String from, String messageId, int depth) {
        var out = new StringBuilder("From: " + from + "\r\nSubject: Nested\r\nMessage-ID: " + messageId
                + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        for (int i = 0; i < depth; i++) {
            out.append("--b").append(i).append("\r\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\r\n\r\n");
        }
        out.append("--b").append(depth).append("\r\nContent-Type: text/plain\r\n\r\nHow can I reset my password?\r\n");
        for (int i = depth; i >= 0; i--) {
            out.append("--b").append(i).append("--\r\n");
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
