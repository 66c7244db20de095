package org.answerdesk.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.attachment.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import tools.jackson.databind.node.ObjectNode;

/**
 * A WhatsApp image reaches the attachment store: the media id gives a URL (WireMock as the Graph API), fetched with
 * the token. A media download that fails (404, 5xx, a time-out) is retried while the message is answered, and the
 * customer is told after the last attempt. Shares {@link WhatsAppCaptionIT}'s
 * context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppFilesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.answerdesk.attachment.StaffFiles staffFiles;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void anImageIsFetchedWithTheTokenAndKeptWithoutItsMetadata() {
        String from = FakeGraphApi.nextNumber();
        String mediaId = "media-" + from;
        byte[] png = TestImages.png(20, 10, "GPSLatitude 48.8584 N");
        serveMedia(mediaId, png);

        assertThat(FakeGraphApi.deliver(port, image(from, mediaId)).status()).isEqualTo(200);

        var reply = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the reply").get(0);
        assertThat(reply.text()).contains("I've received it");
        Map<String, Object> file = Await.await(() -> attachment(from), f -> f != null, "the file kept");
        assertThat(file).containsEntry("media_type", "image/png").containsEntry("refused", null);
        assertThat(new String((byte[]) file.get("content"), StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");

        assertThat(FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, "I want to talk to a person")).status())
            .isEqualTo(200);
        var ticket = Await.await(() -> java.util.stream.StreamSupport.stream(
                new HttpApi(port).get("/api/tickets", HttpApi.ADMIN).json().spliterator(), false)
                .filter(t -> t.get("files").valueStream().anyMatch(f -> f.get("id").asLong() == (Long) file.get("id")))
                .findFirst(),
                java.util.Optional::isPresent, "the ticket with the image").orElseThrow();
        assertThat(ticket.get("files")).as("the image joins the ticket the admin page shows").singleElement()
            .satisfies(f -> assertThat(f.get("message_id").asLong()).isEqualTo((Long) file.get("message_id")));
    }

    @Test
    void mediaThatStaysGoneIsRetriedThenReportedAsFailedWhileTheMessageIsAnswered() {
        String from = FakeGraphApi.nextNumber();
        String mediaId = "gone-" + from;
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/v21.0/" + mediaId))
                .willReturn(aResponse().withStatus(404).withBody("{\"error\":{\"code\":100}}")));
        double failed = meters.counter("answerdesk.attachments", "outcome", "download_failed").count();

        FakeGraphApi.deliver(port, image(from, mediaId));

        Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the reply while the file is due");
        Await.await(() -> FakeGraphApi.sentTo(from), s -> s.stream().anyMatch(m -> m.text().contains("could not fetch")),
                "the customer told after the retries");
        assertThat(attachment(from)).containsEntry("refused", "DOWNLOAD_FAILED");
        assertThat(FakeGraphApi.API.findAll(getRequestedFor(urlPathEqualTo("/v21.0/" + mediaId))))
            .as("every attempt").hasSize(4);
        assertThat(meters.counter("answerdesk.attachments", "outcome", "download_failed").count())
            .isEqualTo(failed + 1);
        assertThat(jdbc.sql("select count(*) from attachment_due where remote_ref = :r").param("r", mediaId)
            .query(Long.class).single()).isZero();
    }

    @Test
    void aMediaLookupThatFailsWithA5xxIsRetriedAndTheFileArrives() {
        String from = FakeGraphApi.nextNumber();
        String mediaId = "flaky-" + from;
        serveMedia(mediaId, TestImages.png(20, 10, "x"));
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/v21.0/" + mediaId)).atPriority(1).inScenario("flaky " + from)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(FakeGraphApi.json(500,
                        "{\"error\": {\"code\": 2, \"message\": \"Service temporarily unavailable\"}}"))
                .willSetStateTo("up"));

        FakeGraphApi.deliver(port, image(from, mediaId));

        Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the reply");
        Map<String, Object> file = Await.await(() -> attachment(from), f -> f != null, "the file kept on retry");
        assertThat(file).containsEntry("media_type", "image/png").containsEntry("refused", null);
        assertThat(FakeGraphApi.API.findAll(getRequestedFor(urlPathEqualTo("/v21.0/" + mediaId)))).hasSize(2);
    }

    @Test
    void aMediaDownloadThatTimesOutIsRetriedAndTheMessageIsAnsweredMeanwhile() {
        String from = FakeGraphApi.nextNumber();
        String mediaId = "slow-" + from;
        byte[] png = TestImages.png(20, 10, "x");
        serveMedia(mediaId, png);
        // the media URL hangs (beyond the test's 2 s download time-out) until the test lets it through
        String scenario = "slow " + from;
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/whatsapp-media/" + mediaId)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withBody(png).withFixedDelay(6000)));
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/whatsapp-media/" + mediaId)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs("up").willReturn(aResponse().withBody(png)));

        FakeGraphApi.deliver(port, image(from, mediaId));

        var reply = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the reply meanwhile").get(0);
        assertThat(reply.text()).contains("I've received it");
        String error = Await.await(() -> jdbc.sql("select last_error from attachment_due where remote_ref = :r")
                .param("r", mediaId).query(String.class).optional().orElse(null), e -> e != null, "the time-out kept");
        assertThat(error).containsIgnoringCase("timed out");
        assertThat(attachment(from)).isNull();

        FakeGraphApi.API.setScenarioState(scenario, "up");

        Map<String, Object> file = Await.await(() -> attachment(from), f -> f != null, "the file kept on retry");
        assertThat(file).containsEntry("media_type", "image/png").containsEntry("refused", null);
    }

    @Test
    void aFileStaffSendIsUploadedThenSentAndAFailedUploadIsRetriedByTheOutboxAndDeliveredOnce() {
        String from = FakeGraphApi.nextNumber();
        assertThat(FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, "How do I reset my password?")).status())
            .isEqualTo(200);
        Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the answer");
        long conversation = jdbc.sql("select id from conversation where channel = 'WHATSAPP' and external_key = :k")
            .param("k", from).query(Long.class).single();
        String media = "/v21.0/" + FakeGraphApi.PHONE_NUMBER_ID + "/media";
        String scenario = "upload " + from;
        FakeGraphApi.API.stubFor(post(urlPathEqualTo(media)).withRequestBody(containing(from)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(FakeGraphApi.json(500,
                        "{\"error\": {\"code\": 1, \"message\": \"An unknown error occurred\"}}"))
                .willSetStateTo("up"));
        FakeGraphApi.API.stubFor(post(urlPathEqualTo(media)).withRequestBody(containing(from)).inScenario(scenario)
                .whenScenarioStateIs("up").withHeader("Authorization", equalTo("Bearer EAAG-fake-token"))
                .willReturn(FakeGraphApi.json(200, "{\"id\": \"out-" + from + "\"}")));
        byte[] pdf = ("%PDF-1.4\n% " + from + "\n1 0 obj << >> endobj\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

        long message = staffFiles.send(conversation, "Ann", "label.pdf", pdf, "Your return label").reply().messageId();

        Await.await(() -> jdbc.sql("select delivery_status from message where id = :id").param("id", message)
                .query(String.class).single(), "SENT"::equals, "sent on retry");
        assertThat(jdbc.sql("select delivery_attempts from message where id = :id").param("id", message)
            .query(Integer.class).single()).as("the 500 was retried by the outbox").isEqualTo(2);
        var documents = FakeGraphApi.callsTo(from).stream().filter(c -> "document".equals(c.type())).toList();
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).request().at("/document/id").asString()).isEqualTo("out-" + from);
        assertThat(documents.get(0).request().at("/document/filename").asString()).isEqualTo("label.pdf");
        assertThat(documents.get(0).request().at("/document/caption").asString()).isEqualTo("Your return label");
        var uploads = FakeGraphApi.API.findAll(postRequestedFor(urlPathEqualTo(media)).withRequestBody(containing(from)));
        assertThat(uploads).hasSize(2);
        assertThat(uploads.get(1).getBodyAsString()).contains("name=\"messaging_product\"").contains("whatsapp")
            .contains("application/pdf").contains("%%EOF");
    }

    private static ObjectNode image(String from, String mediaId) {
        ObjectNode delivery = FakeGraphApi.delivery("image.json", from);
        ((ObjectNode) FakeGraphApi.message(delivery).get("image")).put("id", mediaId).remove("caption");
        return delivery;
    }

    private static void serveMedia(String mediaId, byte[] bytes) {
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/v21.0/" + mediaId))
                .withHeader("Authorization", equalTo("Bearer EAAG-fake-token"))
                .willReturn(FakeGraphApi.json(200, """
                        {"url": "%s/whatsapp-media/%s", "mime_type": "image/png", "file_size": %d, "id": "%s",
                         "messaging_product": "whatsapp"}""".formatted(FakeGraphApi.API.baseUrl(), mediaId,
                        bytes.length, mediaId))));
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/whatsapp-media/" + mediaId))
                .withHeader("Authorization", equalTo("Bearer EAAG-fake-token"))
                .willReturn(aResponse().withBody(bytes)));
    }

    private Map<String, Object> attachment(String from) {
        return jdbc.sql("""
                select a.id, a.message_id, a.media_type, a.refused, a.content from attachment a
                join conversation c on c.id = a.conversation_id
                where c.channel = 'WHATSAPP' and c.external_key = :k""")
            .param("k", from).query().listOfRows().stream().findFirst().orElse(null);
    }
}
