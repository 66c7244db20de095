package org.answerdesk.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.Await;
import org.answerdesk.attachment.AttachmentKept;
import org.answerdesk.attachment.TestImages;
import org.answerdesk.channel.slack.SlackTestServer;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.node.ObjectNode;

/**
 * Downloads of platforms' media (WhatsApp's and Telegram's stand-ins, and a host of nobody's): a body that trickles
 * is cut at the deadline and the file counted as failed after its retries, while another channel's file is fetched
 * meanwhile; a media URL or a redirect to a host other than the platform's is never asked (nor given the token);
 * a file announced again by a redelivery is announced once. Same context as {@code WhatsAppDidItHelpIT} (download
 * time-out 2 s, 4 attempts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class, FakeGraphApi.class})
@TestPropertySource(properties = "answerdesk.conversation.ask-if-helped=true")
class PlatformDownloadsIT {

    private static final long FIXTURE_CHAT = 5550001;
    private static final String TOKEN = "Bearer EAAG-fake-token";
    /** Not the platform: what a hostile media URL or redirect names (the app's own port, say). */
    private static final WireMockServer ELSEWHERE = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        ELSEWHERE.start();
        ELSEWHERE.stubFor(any(anyUrl()).willReturn(aResponse().withBody(TestImages.png(20, 10, "elsewhere"))));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ConfigurableApplicationContext context;

    private final FakeTelegram telegram = FakeTelegram.shared();

    @AfterAll
    static void stop() {
        ELSEWHERE.stop();
    }

    @Test
    void mediaThatTrickleAreCutAtTheDeadlineAndCountedFailedWhileAnotherChannelsFileIsFetched() {
        // two fill WhatsApp's lane (as three filled every download thread and the sweep before)
        List<String> numbers = List.of(FakeGraphApi.nextNumber(), FakeGraphApi.nextNumber());
        double failed = meters.counter("answerdesk.attachments", "outcome", "download_failed").count();
        for (String from : numbers) {
            String mediaId = "drip-" + from;
            serveMediaInfo(mediaId, FakeGraphApi.API.baseUrl() + "/whatsapp-media/" + mediaId);
            // the headers at once, then a byte a second for far longer than the download time-out
            FakeGraphApi.API.stubFor(get(urlPathEqualTo("/whatsapp-media/" + mediaId))
                    .willReturn(aResponse().withBody(new byte[120]).withChunkedDribbleDelay(120, 120_000)));
            FakeGraphApi.deliver(port, image(from, mediaId));
        }
        Await.await(() -> numbers.stream().filter(n -> requests("/whatsapp-media/drip-" + n) > 0).count(),
                n -> n >= 2, "the trickling downloads under way");

        long chat = telegram.nextChatId();
        String fileId = "photo-" + chat;
        serveTelegramFile(fileId, TestImages.jpegWithExif(64, 48, "x"));
        deliverTelegram(photo(chat, fileId));

        Map<String, Object> photo = Await.await(() -> telegramFile(chat), f -> f != null,
                "the Telegram file while WhatsApp's trickle");
        assertThat(photo).containsEntry("refused", null);
        for (String from : numbers) {
            Map<String, Object> file = Await.await(() -> whatsAppFile(from), f -> f != null,
                    "the trickling file given up");
            assertThat(file).containsEntry("refused", "DOWNLOAD_FAILED");
            assertThat((Double) file.get("at")).as("given up after the Telegram file was kept")
                .isGreaterThan((Double) photo.get("at"));
            assertThat(requests("/whatsapp-media/drip-" + from)).as("every attempt cut, none left running")
                .isEqualTo(4);
        }
        assertThat(meters.counter("answerdesk.attachments", "outcome", "download_failed").count())
            .isEqualTo(failed + 2);
        assertThat(jdbc.sql("select count(*) from attachment_due where remote_ref like 'drip-%'").query(Long.class)
            .single()).as("nothing left to claim again after a restart").isZero();
    }

    @Test
    void aMediaUrlOrARedirectToAnotherHostIsNeverAskedNorGivenTheToken() {
        String elsewhere = "http://localhost:" + ELSEWHERE.port();
        String toElsewhere = FakeGraphApi.nextNumber();
        serveMediaInfo("far-" + toElsewhere, elsewhere + "/actuator/health");
        String redirected = FakeGraphApi.nextNumber();
        serveMediaInfo("moved-" + redirected, FakeGraphApi.API.baseUrl() + "/whatsapp-media/moved-" + redirected);
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/whatsapp-media/moved-" + redirected))
                .willReturn(aResponse().withStatus(302).withHeader("Location", elsewhere + "/actuator/health")));
        String withinApi = FakeGraphApi.nextNumber();
        serveMediaInfo("near-" + withinApi, FakeGraphApi.API.baseUrl() + "/whatsapp-media/near-" + withinApi);
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/whatsapp-media/near-" + withinApi))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/whatsapp-media/here-" + withinApi)));
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/whatsapp-media/here-" + withinApi))
                .withHeader("Authorization", equalTo(TOKEN))
                .willReturn(aResponse().withBody(TestImages.png(20, 10, "here"))));
        long chat = telegram.nextChatId();
        String fileId = "moved-" + chat;
        serveTelegramFile(fileId, null);
        telegram.server().stubFor(get(urlPathEqualTo(telegramPath(fileId))).willReturn(aResponse().withStatus(302)
                .withHeader("Location", elsewhere + "/actuator/health")));

        FakeGraphApi.deliver(port, image(toElsewhere, "far-" + toElsewhere));
        FakeGraphApi.deliver(port, image(redirected, "moved-" + redirected));
        FakeGraphApi.deliver(port, image(withinApi, "near-" + withinApi));
        deliverTelegram(photo(chat, fileId));

        assertThat(Await.await(() -> whatsAppFile(withinApi), f -> f != null, "the file behind a redirect within "
                + "the API's host")).containsEntry("refused", null);
        for (String from : List.of(toElsewhere, redirected)) {
            assertThat(Await.await(() -> whatsAppFile(from), f -> f != null, "the refusal"))
                .containsEntry("refused", "DOWNLOAD_FAILED");
        }
        assertThat(Await.await(() -> telegramFile(chat), f -> f != null, "the refusal"))
            .containsEntry("refused", "DOWNLOAD_FAILED");
        assertThat(requests("/whatsapp-media/moved-" + redirected)).as("each attempt asked the platform").isEqualTo(4);
        assertThat(ELSEWHERE.findAll(anyRequestedFor(anyUrl()))).as("no request, no token elsewhere").isEmpty();
    }

    @Test
    void aFileAnnouncedAgainByARedeliveryIsNotFetchedAgainAndAnnouncedOnce() {
        String from = FakeGraphApi.nextNumber();
        String mediaId = "again-" + from;
        serveMediaInfo(mediaId, FakeGraphApi.API.baseUrl() + "/whatsapp-media/" + mediaId);
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/whatsapp-media/" + mediaId))
                .withHeader("Authorization", equalTo(TOKEN))
                .willReturn(aResponse().withBody(TestImages.png(20, 10, "again"))));
        List<AttachmentKept> announced = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = e -> {
            if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof AttachmentKept k) {
                announced.add(k);
            }
        };
        var multicaster = context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(listener);
        try {
            double kept = meters.counter("answerdesk.attachments", "outcome", "kept").count();
            double again = meters.counter("answerdesk.attachments", "outcome", "already_stored").count();
            ObjectNode delivery = image(from, mediaId);
            FakeGraphApi.deliver(port, delivery);
            Map<String, Object> file = Await.await(() -> whatsAppFile(from), f -> f != null, "the file kept");

            FakeGraphApi.deliver(port, delivery);

            Await.await(() -> meters.counter("answerdesk.attachments", "outcome", "already_stored").count(),
                    c -> c > again, "the announcement again taken in");
            assertThat(requests("/whatsapp-media/" + mediaId)).as("fetched once").isEqualTo(1);
            assertThat(announced.stream().filter(k -> k.attachmentId() == (Long) file.get("id")))
                .as("announced once").hasSize(1);
            assertThat(meters.counter("answerdesk.attachments", "outcome", "kept").count()).isEqualTo(kept + 1);
            assertThat(jdbc.sql("select count(*) from attachment_due where remote_ref = :r").param("r", mediaId)
                .query(Long.class).single()).isZero();
        } finally {
            multicaster.removeApplicationListener(listener);
        }
    }

    @Test
    void aFileClaimedAsOftenAsItMayBeTriedWithoutAnOutcomeIsGivenUpNotFetchedForever() {
        String from = FakeGraphApi.nextNumber();
        String mediaId = "left-" + from;
        serveMediaInfo(mediaId, FakeGraphApi.API.baseUrl() + "/whatsapp-media/" + mediaId);
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/whatsapp-media/" + mediaId))
                .willReturn(aResponse().withBody(TestImages.png(20, 10, "left"))));
        ObjectNode delivery = FakeGraphApi.textMessage(from, "How do I reset my password?");
        FakeGraphApi.deliver(port, delivery);
        String wamid = FakeGraphApi.message(delivery).get("id").asString();
        Await.await(() -> FakeGraphApi.sentTo(from), r -> !r.isEmpty(), "the answer");
        // as instances that stopped mid-download leave a file: claimed every time it may be, never finished
        jdbc.sql("""
                insert into attachment_due (channel, event_id, ordinal, client, kind, name, remote_ref, attempts)
                values ('WHATSAPP', :e, 0, :cl, 'image', 'left.png', :r, 4)""")
            .param("e", wamid).param("cl", "whatsapp:" + from).param("r", mediaId).update();

        assertThat(Await.await(() -> whatsAppFile(from), f -> f != null, "the file given up"))
            .containsEntry("refused", "DOWNLOAD_FAILED");
        assertThat(FakeGraphApi.API.findAll(getRequestedFor(urlPathEqualTo("/v21.0/" + mediaId)))).isEmpty();
        Await.await(() -> FakeGraphApi.sentTo(from), r -> r.stream().anyMatch(m -> m.text().contains("could not fetch")),
                "the customer told");
    }

    private static void serveMediaInfo(String mediaId, String url) {
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/v21.0/" + mediaId)).withHeader("Authorization", equalTo(TOKEN))
                .willReturn(FakeGraphApi.json(200, """
                        {"url": "%s", "mime_type": "image/png", "id": "%s", "messaging_product": "whatsapp"}"""
                        .formatted(url, mediaId))));
    }

    private static int requests(String path) {
        return FakeGraphApi.API.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    private static ObjectNode image(String from, String mediaId) {
        ObjectNode delivery = FakeGraphApi.delivery("image.json", from);
        ((ObjectNode) FakeGraphApi.message(delivery).get("image")).put("id", mediaId).remove("caption");
        return delivery;
    }

    private static String telegramPath(String fileId) {
        return "/file/bot" + FakeTelegram.TOKEN + "/photos/" + fileId + ".jpg";
    }

    /** {@code getFile} for the file, and its bytes (none: the test serves the file URL itself). */
    private void serveTelegramFile(String fileId, byte[] bytes) {
        telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("getFile"))).atPriority(1)
                .withRequestBody(containing(fileId)).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json").withBody("""
                                {"ok": true, "result": {"file_id": "%s", "file_unique_id": "u",
                                 "file_path": "photos/%s.jpg"}}""".formatted(fileId, fileId))));
        if (bytes != null) {
            telegram.server().stubFor(get(urlPathEqualTo(telegramPath(fileId))).willReturn(aResponse().withBody(bytes)));
        }
    }

    private ObjectNode photo(long chat, String fileId) {
        ObjectNode update = telegram.fixture("private-photo.json", FIXTURE_CHAT, chat);
        ((ObjectNode) update.at("/message/photo/1")).put("file_id", fileId).put("file_size", 1000);
        return update;
    }

    private void deliverTelegram(ObjectNode update) {
        int id = update.get("update_id").asInt();
        telegram.push(update);
        Await.await(() -> telegram.acknowledged(id), a -> a, "update " + id + " acknowledged");
    }

    private Map<String, Object> whatsAppFile(String from) {
        return file("WHATSAPP", from);
    }

    private Map<String, Object> telegramFile(long chat) {
        return file("TELEGRAM", Long.toString(chat));
    }

    private Map<String, Object> file(String channel, String key) {
        return jdbc.sql("""
                select a.id, a.refused, extract(epoch from a.created_at)::float8 as at from attachment a join conversation c on c.id = a.conversation_id
                where c.channel = :ch and c.external_key = :k""")
            .param("ch", channel).param("k", key).query().listOfRows().stream().findFirst().orElse(null);
    }
}
