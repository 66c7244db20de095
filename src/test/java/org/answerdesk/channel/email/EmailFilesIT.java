package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.deliver;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * A mail with a PNG and a PDF (GreenMail): its question is answered from the FAQ, both files are kept with it, staff
 * download them only as attachments, and erasing the customer removes them. Shares {@link EmailChannelIT}'s context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.Settings.class)
class EmailFilesIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.answerdesk.attachment.StaffFiles staffFiles;
    @Autowired
    org.answerdesk.attachment.Attachments attachments;
    @Autowired
    org.answerdesk.conversation.ConversationService conversations;

    @Test
    void theFilesOfAMessageThatIsRefusedAreDeletedNotKeptUntilRetention() {
        String eventId = "refused-" + UUID.randomUUID();
        attachments.expect(org.answerdesk.attachment.IncomingFile.inHand(org.answerdesk.conversation.Channel.EMAIL,
                eventId, 0, "email:x@customer.example", "attachment", "invoice.pdf", "application/pdf", PDF));
        conversations.quarantine(org.answerdesk.conversation.Channel.EMAIL, eventId, "refused: a test", null);

        attachments.collect(org.answerdesk.conversation.Channel.EMAIL, eventId);

        await(() -> jdbc.sql("select count(*) from attachment_due where event_id = :e").param("e", eventId)
                .query(Long.class).single(), n -> n == 0, "the due bytes deleted");
        assertThat(jdbc.sql("select count(*) from attachment where name = 'invoice.pdf' and sha256 is null "
                + "and client = 'email:x@customer.example'").query(Long.class).single()).isZero();
    }

    @Test
    void aFileStaffSendIsAttachedToAReplyInTheCustomersThread() throws Exception {
        String customer = "label-" + UUID.randomUUID() + "@customer.example";
        String id = "<" + UUID.randomUUID() + "@customer.example>";
        deliver(mailWith(customer, id, "How do I reset my password?", List.of()));
        await(() -> sentTo(customer), l -> !l.isEmpty(), "the answer");
        long conversation = jdbc.sql("""
                select c.id from conversation c join participant p on p.id = c.participant_id
                where c.channel = 'EMAIL' and p.address = :a""").param("a", customer)
            .query(Long.class).single();

        staffFiles.send(conversation, "Ann", "return label.pdf", PDF, "Print this label and stick it on the box.");

        MimeMessage mail = await(() -> sentTo(customer), l -> l.size() == 2, "the mail with the file").get(1);
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo(id);
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        var parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(((MimeMultipart) parts.getBodyPart(0).getContent()).getContentType())
            .startsWith("multipart/alternative");
        var text = (MimeMultipart) parts.getBodyPart(0).getContent();
        assertThat(text.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(text.getBodyPart(0).getContent().toString()).as("the caption is the body")
            .contains("Print this label and stick it on the box.");
        var file = (MimeBodyPart) parts.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo("attachment");
        assertThat(file.getFileName()).isEqualTo("return label.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void aMailsPngAndPdfAreKeptWithItsAnsweredQuestionServedAsDownloadsAndErasedWithTheCustomer() throws Exception {
        String customer = "files-" + UUID.randomUUID() + "@customer.example";
        String id = "<" + UUID.randomUUID() + "@customer.example>";
        byte[] png = org.answerdesk.attachment.TestImages.png(32, 24, "GPSLatitude 48.8584 N");
        deliver(mailWith(customer, id, "How do I reset my password?",
                List.of(new Part("../../screenshot.png", "image/png", png),
                        new Part("invoice.pdf", "application/octet-stream", PDF))));

        MimeMessage answer = await(() -> sentTo(customer), l -> !l.isEmpty(), "the answer").get(0);
        assertThat(TestMailServer.body(answer)).contains("reset link");
        List<Map<String, Object>> files = await(() -> files(id), l -> l.size() == 2, "both files kept");
        assertThat(files).extracting(f -> f.get("name")).containsExactly("screenshot.png", "invoice.pdf");
        assertThat(files).extracting(f -> f.get("media_type")).containsExactly("image/png", "application/pdf");
        assertThat(files).allSatisfy(f -> assertThat(f.get("refused")).isNull());

        var http = HttpClient.newHttpClient();
        long conversation = (Long) files.get(0).get("conversation_id");
        var list = new HttpApi(port).get("/api/attachments?conversation=" + conversation, HttpApi.ADMIN);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("screenshot.png").contains("invoice.pdf");
        assertThat(new HttpApi(port).get("/api/attachments?conversation=" + conversation).status())
            .as("not without the admin token").isIn(401, 403);
        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/attachments/" + files.get(0).get("id"))).header(HttpApi.ADMIN[0], HttpApi.ADMIN[1]).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment").contains("screenshot.png"));
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(new String(image.body(), StandardCharsets.ISO_8859_1)).startsWith("\u0089PNG")
            .doesNotContain("GPSLatitude");

        var erased = new HttpApi(port).delete("/api/customers/email/" + customer, HttpApi.ADMIN);
        assertThat(erased.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from attachment where conversation_id = :c").param("c", conversation)
                .query(Long.class).single()).isZero();
    }

    record Part(String name, String type, byte[] bytes) {
    }

    static byte[] mailWith(String from, String messageId, String text, List<Part> parts) throws Exception {
        var mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom(from);
        mail.setRecipients(jakarta.mail.Message.RecipientType.TO, TestMailServer.SUPPORT);
        mail.setSubject("Help");
        var multipart = new MimeMultipart();
        var body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        multipart.addBodyPart(body);
        for (Part p : parts) {
            var attachment = new MimeBodyPart();
            attachment.setContent(p.bytes(), p.type());
            attachment.setFileName(p.name());
            attachment.setDisposition(jakarta.mail.Part.ATTACHMENT);
            attachment.setHeader("Content-Transfer-Encoding", "base64");
            multipart.addBodyPart(attachment);
        }
        mail.setContent(multipart);
        mail.saveChanges();
        mail.setHeader("Message-ID", messageId);
        var out = new ByteArrayOutputStream();
        mail.writeTo(out);
        return out.toByteArray();
    }

    private List<Map<String, Object>> files(String messageId) {
        return jdbc.sql("""
                select a.id, a.conversation_id, a.name, a.media_type, a.refused from attachment a
                join inbox i on i.message_id = a.message_id where i.channel = 'EMAIL' and i.event_id = :e
                order by a.ordinal""").param("e", messageId).query().listOfRows();
    }
}
