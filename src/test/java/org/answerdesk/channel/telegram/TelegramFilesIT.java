package org.answerdesk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.answerdesk.Await;
import org.answerdesk.attachment.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Files sent on Telegram reach the attachment store with their message: WireMock serves {@code getFile} and the
 * file URL; the real pipeline, embedded PostgreSQL. Shares {@link TelegramCaptionIT}'s context.
 */
@SpringBootTest
@ContextConfiguration(initializers = FakeTelegram.Settings.class)
class TelegramFilesIT {

    private static final long FIXTURE_CHAT = 5550001;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    org.answerdesk.attachment.StaffFiles staffFiles;
    @Autowired
    org.answerdesk.handoff.HandoffService handoffs;
    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Test
    void aPhotoWithoutCaptionIsKeptWithoutItsGpsPositionAndTheBotSaysItReceivedIt() {
        long chat = telegram.nextChatId();
        String fileId = "photo-" + chat;
        serveFile(fileId, TestImages.jpegWithExif(64, 48, "GPSLatitude 48.8584 N"));

        deliver(photo(chat, fileId, 48211));

        JsonNode reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the reply").get(0);
        assertThat(reply.get("text").asString()).contains("I've received it").doesNotContain("only read text");
        Map<String, Object> file = Await.await(() -> attachment(chat), f -> f != null, "the file kept");
        assertThat(file).containsEntry("media_type", "image/jpeg").containsEntry("refused", null);
        assertThat(new String((byte[]) file.get("content"), StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
        assertThat(file.get("message_text")).isEqualTo("[photo]");
        assertThat(jdbc.sql("select count(*) from handoff h join conversation c on c.id = h.conversation_id "
                + "where c.external_key = :k").param("k", Long.toString(chat)).query(Long.class).single())
            .as("a file alone opens no ticket").isZero();

        ObjectNode ask = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
        ((ObjectNode) ask.get("message")).put("text", "I want to talk to a person").put("message_id", 48212);
        deliver(ask);
        long ticket = Await.await(() -> jdbc.sql("select h.id from handoff h join conversation c on c.id = "
                + "h.conversation_id where c.external_key = :k").param("k", Long.toString(chat)).query(Long.class)
                .optional(), java.util.Optional::isPresent, "the ticket").orElseThrow();
        assertThat(handoffs.ticket(ticket).orElseThrow().files()).as("the photo joins the ticket the admin page shows")
            .singleElement().satisfies(f -> assertThat(f.messageId()).isEqualTo((Long) file.get("message_id")));
    }

    @Test
    void aDocumentOverTheLimitIsNotDownloadedAndTheCustomerIsToldTheLimit() {
        long chat = telegram.nextChatId();
        ObjectNode update = photo(chat, "big-" + chat, 0);
        ObjectNode message = (ObjectNode) update.get("message");
        message.remove("photo");
        message.set("document", FakeTelegram.JSON.readTree("""
                {"file_id": "big-%d", "file_unique_id": "u", "file_name": "scan.pdf", "mime_type": "application/pdf",
                 "file_size": 52428800}""".formatted(chat)));

        double counted = meters.counter("answerdesk.attachments", "outcome", "too_large").count();
        deliver(update);

        Map<String, Object> file = Await.await(() -> attachment(chat), f -> f != null, "the refusal recorded");
        assertThat(meters.counter("answerdesk.attachments", "outcome", "too_large").count()).isGreaterThan(counted);
        assertThat(file).containsEntry("refused", "TOO_LARGE").containsEntry("name", "scan.pdf");
        Await.await(() -> telegram.messagesTo(chat), m -> m.stream()
                .anyMatch(r -> r.get("text").asString().contains("at most 10 MB")), "the customer told the limit");
        assertThat(telegram.server().findAll(postRequestedFor(urlPathMatching(FakeTelegram.path("getFile")))
                .withRequestBody(containing("big-" + chat)))).isEmpty();
    }

    @Test
    void aGetFileThatFailsWithA5xxIsRetriedAndTheFileArrivesWhileTheMessageIsAnswered() {
        long chat = telegram.nextChatId();
        String fileId = "flaky-" + chat;
        String scenario = "flaky " + chat;
        telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("getFile"))).atPriority(1)
                .withRequestBody(containing(fileId)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502).withBody("Bad Gateway")).willSetStateTo("up"));
        serveFile(fileId, TestImages.jpegWithExif(64, 48, "GPSLatitude 48.8584 N"), scenario, "up");
        double retried = meters.counter("answerdesk.attachments", "outcome", "retried").count();

        deliver(photo(chat, fileId, 48211));

        Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the reply");
        Map<String, Object> file = Await.await(() -> attachment(chat), f -> f != null, "the file kept on retry");
        assertThat(file).containsEntry("media_type", "image/jpeg").containsEntry("refused", null);
        assertThat(getFiles(fileId)).as("one failure, one retry").isEqualTo(2);
        assertThat(meters.counter("answerdesk.attachments", "outcome", "retried").count()).isGreaterThan(retried);
    }

    @Test
    void aDownloadThatTimesOutIsRetriedAndTheMessageIsAnsweredMeanwhile() {
        long chat = telegram.nextChatId();
        String fileId = "slow-" + chat;
        String scenario = "slow " + chat;
        byte[] photo = TestImages.jpegWithExif(64, 48, "GPSLatitude 48.8584 N");
        serveFile(fileId, photo, scenario, "up");
        // getFile hangs (beyond the test's 2 s download time-out, within the sending client's 30 s) until the test
        // lets it through
        telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("getFile"))).atPriority(1)
                .withRequestBody(containing(fileId)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withFixedDelay(6000)
                        .withBody("""
                                {"ok": true, "result": {"file_id": "%s", "file_unique_id": "u", "file_size": %d,
                                 "file_path": "photos/%s.jpg"}}""".formatted(fileId, photo.length, fileId))));

        deliver(photo(chat, fileId, 48211));

        JsonNode reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the reply meanwhile").get(0);
        assertThat(reply.get("text").asString()).contains("I've received it");
        String error = Await.await(() -> jdbc.sql("select last_error from attachment_due where remote_ref = :f")
                .param("f", fileId).query(String.class).optional().orElse(null),
                // under load the collector may first find the message not yet stored and retry: wait for the time-out
                e -> e != null && e.toLowerCase(java.util.Locale.ROOT).contains("timeout"), "the time-out kept");
        assertThat(error.toLowerCase(java.util.Locale.ROOT)).contains("timeout");
        assertThat(attachment(chat)).isNull();

        telegram.server().setScenarioState(scenario, "up");

        Map<String, Object> file = Await.await(() -> attachment(chat), f -> f != null, "the file kept on retry");
        assertThat(file).containsEntry("media_type", "image/jpeg").containsEntry("refused", null);
        assertThat(getFiles(fileId)).isGreaterThan(1);
    }

    private int getFiles(String fileId) {
        return telegram.server().findAll(postRequestedFor(urlPathMatching(FakeTelegram.path("getFile")))
                .withRequestBody(containing(fileId))).size();
    }

    @Test
    void aClientOverItsStorageLimitIsToldTheLimitWhileItsEarlierFileStays() {
        long chat = telegram.nextChatId();
        serveFile("first-" + chat, TestImages.jpegWithExif(16, 16, "first"));
        deliver(photo(chat, "first-" + chat, 1000));
        Await.await(() -> attachment(chat), f -> f != null, "the first file kept");
        // the client's files in another conversation (a group chat, say) take its room; this one has room
        long elsewhere = telegram.nextChatId();
        deliver(telegram.fixture("private-text.json", FIXTURE_CHAT, elsewhere));
        Await.await(() -> telegram.messagesTo(elsewhere), m -> !m.isEmpty(), "the other conversation's answer");
        long ballast = jdbc.sql("""
                insert into attachment (message_id, conversation_id, ordinal, client, name, media_type, size_bytes,
                                        content)
                select m.id, m.conversation_id, 99, :cl, 'ballast', 'text/plain', :s, '\\x00'::bytea
                from message m join conversation c on c.id = m.conversation_id
                where c.channel = 'TELEGRAM' and c.external_key = :k order by m.id limit 1 returning id""")
            .param("s", 200L * 1024 * 1024 - 100).param("cl", "telegram:" + chat)
            .param("k", Long.toString(elsewhere)).query(Long.class).single();
        try {
            double counted = meters.counter("answerdesk.attachments", "outcome", "client_full").count();
            serveFile("second-" + chat, TestImages.jpegWithExif(16, 16, "second"));

            deliver(photo(chat, "second-" + chat, 1000));

            Await.await(() -> telegram.messagesTo(chat), m -> m.stream().anyMatch(r -> r.get("text").asString()
                    .contains("at most 200 MB")), "the customer told the limit");
            assertThat(meters.counter("answerdesk.attachments", "outcome", "client_full").count())
                .isEqualTo(counted + 1);
            assertThat(jdbc.sql("""
                    select name || ':' || coalesce(refused, 'kept') from attachment where client = :cl
                    and name <> 'ballast' order by id""").param("cl", "telegram:" + chat).query(String.class).list())
                .containsExactly("photo-42.jpg:kept", "photo-42.jpg:CLIENT_FULL");
        } finally {
            jdbc.sql("delete from attachment where id = :id").param("id", ballast).update();
        }
    }

    @Test
    void filesStaffSendGoAsPhotoAndDocumentAndAFailedSendIsRetriedByTheOutboxAndDeliveredOnce() {
        long chat = telegram.nextChatId();
        deliver(telegram.fixture("private-text.json", FIXTURE_CHAT, chat));
        Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the answer");
        long conversation = jdbc.sql("select id from conversation where channel = 'TELEGRAM' and external_key = :k")
            .param("k", Long.toString(chat)).query(Long.class).single();
        String sent = """
                {"ok": true, "result": {"message_id": 777, "date": 1760000000,
                 "chat": {"id": %d, "type": "private"}}}""".formatted(chat);
        String scenario = "document " + chat;
        telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("sendDocument"))).atPriority(1)
                .withRequestBody(containing(Long.toString(chat))).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(502)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\": false, \"error_code\": 502, \"description\": \"Bad Gateway\"}"))
                .willSetStateTo("up"));
        telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("sendDocument"))).atPriority(1)
                .withRequestBody(containing(Long.toString(chat))).inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(sent)));
        telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("sendPhoto"))).atPriority(1)
                .withRequestBody(containing(Long.toString(chat)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(sent)));

        var photo = staffFiles.send(conversation, "Ann", "broken.jpg", TestImages.jpegWithExif(32, 24,
                "GPSLatitude 48.8584 N"));
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        var label = staffFiles.send(conversation, "Ann", "label.pdf", pdf, "Your return label, to print");

        var photos = telegram.server().findAll(postRequestedFor(urlPathMatching(FakeTelegram.path("sendPhoto")))
                .withRequestBody(containing(Long.toString(chat))));
        assertThat(photos).hasSize(1);
        assertThat(photos.get(0).getBodyAsString()).contains("broken.jpg").doesNotContain("GPSLatitude");
        assertThat(status(photo.reply().messageId())).isEqualTo("SENT");
        Await.await(() -> status(label.reply().messageId()), "SENT"::equals, "the file sent on retry");
        assertThat(jdbc.sql("select delivery_attempts from message where id = :id")
            .param("id", label.reply().messageId()).query(Integer.class).single())
            .as("the 502 was retried by the outbox").isEqualTo(2);
        var documents = telegram.server().findAll(postRequestedFor(urlPathMatching(FakeTelegram.path("sendDocument")))
                .withRequestBody(containing(Long.toString(chat))));
        assertThat(documents).as("one failure, one delivery").hasSize(2);
        assertThat(documents.get(1).getBodyAsString()).contains("label.pdf").contains("%%EOF")
            .contains("name=\"caption\"").contains("Your return label, to print");
        assertThat(photos.get(0).getBodyAsString()).as("no caption typed").doesNotContain("name=\"caption\"");
        assertThat(jdbc.sql("select count(*) from attachment a join message m on m.id = a.message_id "
                + "where a.conversation_id = :c and m.direction = 'OUT' and m.source = 'AGENT'")
            .param("c", conversation).query(Long.class).single()).isEqualTo(2);
    }

    private String status(long messageId) {
        return jdbc.sql("select delivery_status from message where id = :id").param("id", messageId)
            .query(String.class).single();
    }

    private ObjectNode photo(long chat, String fileId, int size) {
        ObjectNode update = telegram.fixture("private-photo.json", FIXTURE_CHAT, chat);
        ObjectNode large = (ObjectNode) update.at("/message/photo/1");
        large.put("file_id", fileId).put("file_size", size);
        return update;
    }

    private void serveFile(String fileId, byte[] bytes) {
        serveFile(fileId, bytes, null, null);
    }

    private void serveFile(String fileId, byte[] bytes, String scenario, String state) {
        var getFile = post(urlPathMatching(FakeTelegram.path("getFile"))).atPriority(1)
                .withRequestBody(containing(fileId));
        if (scenario != null) {
            getFile = getFile.inScenario(scenario).whenScenarioStateIs(state);
        }
        telegram.server().stubFor(getFile.willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("""
                        {"ok": true, "result": {"file_id": "%s", "file_unique_id": "u", "file_size": %d,
                         "file_path": "photos/%s.jpg"}}""".formatted(fileId, bytes.length, fileId))));
        telegram.server().stubFor(get(urlPathEqualTo("/file/bot" + FakeTelegram.TOKEN + "/photos/" + fileId + ".jpg"))
                .willReturn(aResponse().withBody(bytes)));
    }

    private Map<String, Object> attachment(long chat) {
        return jdbc.sql("""
                select a.name, a.media_type, a.refused, a.content, a.message_id, m.text as message_text
                from attachment a join message m on m.id = a.message_id
                join conversation c on c.id = a.conversation_id where c.external_key = :k""")
            .param("k", Long.toString(chat)).query().listOfRows().stream().findFirst().orElse(null);
    }

    private void deliver(ObjectNode update) {
        int id = update.get("update_id").asInt();
        telegram.push(update);
        Await.await(() -> telegram.acknowledged(id), a -> a, "update " + id + " acknowledged");
    }
}
