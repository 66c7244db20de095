package org.answerdesk.channel.setup;

import org.answerdesk.ReadsTheLog;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.attachment.TestImages;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.github.tomakehurst.wiremock.http.Fault;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Telegram connected from the admin API at run time, against a stand-in Bot API on loopback: the real app, its
 * poller and pipeline, embedded PostgreSQL. No Telegram token in the environment; a secret key is set.
 */
@ReadsTheLog
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ChannelsIT.Settings.class)
@ExtendWith(OutputCaptureExtension.class)
public class ChannelsIT {

    static final String KEY = "the operator's secret key for ChannelsIT";
    public static final FakeTelegram BOT = FakeTelegram.separate();
    /** A stand-in Graph API for WhatsApp connected from the admin page (WhatsAppChannelIT). */
    public static final com.github.tomakehurst.wiremock.WireMockServer WHATSAPP =
            org.answerdesk.channel.whatsapp.FakeGraphApi.separate();
    private static final String WRONG = "987654321:WRONG-token-from-a-typo";
    private static final String UNREACHABLE = "555555555:UNREACHABLE-server";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    private HttpApi api;

    static {
        // Telegram's answer to a token it does not know, and a server that drops the connection
        BOT.server().stubFor(post(urlPathMatching("(?i)/bot[^/]+/getMe")).atPriority(10).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}")));
        BOT.server().stubFor(post(urlPathMatching("(?i)/bot" + UNREACHABLE + "/getMe")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    @BeforeEach
    void disconnected() {
        api = new HttpApi(port);
        api.delete("/api/channels/telegram", HttpApi.ADMIN);
        jdbc.sql("delete from channel_setting").update();
        Await.await(() -> telegram(), t -> t.get("state").asString().equals("NOT_CONFIGURED"), "telegram stopped");
    }

    @Test
    void aTokenConnectedAtRunTimeAnswersACustomerWithoutARestart(CapturedOutput log) throws Exception {
        assertThat(telegram().get("editable").asBoolean()).isTrue();
        assertThat(telegram().get("fields").toString()).contains("bot_token");
        assertThat(channel("web").get("state").asString()).isEqualTo("CONNECTED");

        var connected = api.put("/api/channels/telegram", json("bot_token", FakeTelegram.TOKEN), HttpApi.ADMIN);
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        assertThat(connected.json().get("state").asString()).isEqualTo("CONNECTED");
        assertThat(connected.json().get("source").asString()).isEqualTo("ADMIN");
        assertThat(connected.json().get("account").asString()).startsWith("@");

        long chat = BOT.nextChatId();
        BOT.push(BOT.fixture("private-text.json", 5550001, chat));
        JsonNode answer = Await.await(() -> BOT.messagesTo(chat), m -> !m.isEmpty(), "the bot's answer").get(0);
        assertThat(answer.get("text").asString()).containsIgnoringCase("password");

        // a photo the customer sends is downloaded through the running bot (the app's downloads found no Telegram
        // bean at start)
        long photoChat = BOT.nextChatId();
        String fileId = "photo-" + photoChat;
        servePhoto(fileId, TestImages.jpegWithExif(64, 48, "GPSLatitude 48.8584 N"));
        ObjectNode photo = BOT.fixture("private-photo.json", 5550001, photoChat);
        ((ObjectNode) photo.at("/message/photo/1")).put("file_id", fileId).put("file_size", 48211);
        BOT.push(photo);
        byte[] kept = Await.await(() -> jdbc.sql("""
                select a.content from attachment a join conversation c on c.id = a.conversation_id
                where c.external_key = :k and a.content is not null""").param("k", Long.toString(photoChat))
                .query(byte[].class).optional(), java.util.Optional::isPresent, "the photo kept").orElseThrow();
        assertThat(kept.length).isPositive();

        // the secret is nowhere to be read back: not in the API, the table or a backup
        String secretPart = FakeTelegram.TOKEN.substring(FakeTelegram.TOKEN.indexOf(':') + 1);
        assertThat(connected.body() + api.get("/api/channels", HttpApi.ADMIN).body()).doesNotContain(secretPart);
        byte[] sealed = jdbc.sql("select sealed from channel_setting where channel = 'TELEGRAM'").query(byte[].class)
                .single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(secretPart);
        String backup = backup();
        assertThat(backup).contains("channel_setting").doesNotContain(secretPart);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PUT /api/channels/telegram'")
                .query(Long.class).single()).isPositive();

        var checked = api.post("/api/channels/telegram/test", "{}", HttpApi.ADMIN);
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("account").asString()).startsWith("@");

        assertThat(api.delete("/api/channels/telegram", HttpApi.ADMIN).json().get("state").asString())
                .isEqualTo("NOT_CONFIGURED");
        assertThat(jdbc.sql("select count(*) from channel_setting").query(Long.class).single()).isZero();
        assertThat(log.getAll()).as("the app's log").contains("Telegram channel started").doesNotContain(secretPart);
    }

    @Test
    void badInputIsRefusedWithItsReasonAndLeavesTheChannelAsItWas(CapturedOutput log) {
        var wrong = api.put("/api/channels/telegram", json("bot_token", WRONG), HttpApi.ADMIN);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error").asString()).contains("Telegram refused the bot token", "401")
                .doesNotContain("WRONG-token");
        var unreachable = api.put("/api/channels/telegram", json("bot_token", UNREACHABLE), HttpApi.ADMIN);
        assertThat(unreachable.status()).isEqualTo(502);
        assertThat(unreachable.json().get("error").asString()).contains("could not be reached");
        var halfFilled = api.put("/api/channels/telegram", json("bot_token", " "), HttpApi.ADMIN);
        assertThat(halfFilled.status()).isEqualTo(400);
        assertThat(halfFilled.json().get("error").asString()).contains("bot_token is required");
        for (String poisoned : List.of("123:abc\u0000def", "123:abc/../../getUpdates", "123:" + "a".repeat(50_000),
                "not a token")) {
            var refused = api.put("/api/channels/telegram", json("bot_token", poisoned), HttpApi.ADMIN);
            assertThat(refused.status()).as(poisoned.substring(0, Math.min(20, poisoned.length()))).isEqualTo(400);
            assertThat(refused.json().get("error").asString()).contains("not a Telegram bot token")
                    .doesNotContain("abc");
        }
        assertThat(api.put("/api/channels/telegram", json("token", "x"), HttpApi.ADMIN).json().get("error")
                .asString()).contains("unknown field token");
        assertThat(api.put("/api/channels/fax", json("bot_token", "x"), HttpApi.ADMIN).status()).isEqualTo(404);
        assertThat(api.put("/api/channels/telegram", json("bot_token", FakeTelegram.TOKEN)).status()).isEqualTo(401);
        assertThat(api.post("/api/channels/telegram/test", "{}", HttpApi.ADMIN).status()).isEqualTo(409);

        assertThat(telegram().get("state").asString()).isEqualTo("NOT_CONFIGURED");
        assertThat(jdbc.sql("select count(*) from channel_setting").query(Long.class).single()).isZero();
        assertThat(log.getAll()).doesNotContain("WRONG-token", "UNREACHABLE-server");
    }

    @Test
    void aChangedKeyShowsTheChannelFailingWhileTheWebChatAnswers() {
        // as another instance (or a restore) with another key left it: this instance sees it at its next sync
        seal(new SecretBox("a key that is no longer the one set"));
        JsonNode failing = Await.await(this::telegram, t -> t.get("state").asString().equals("FAILING"), "failing");
        assertThat(failing.get("last_error").asString()).isEqualTo("cannot decrypt: the secret key changed");
        assertThat(failing.get("failing_since").asString()).isNotBlank();
        assertThat(failing.get("source").asString()).isEqualTo("ADMIN");
        var chat = api.post("/api/chat", json("session_id", "changed-key-" + UUID.randomUUID(),
                "message", "How can I reset my password?"));
        assertThat(chat.status()).isEqualTo(200);
        assertThat(chat.body()).containsIgnoringCase("password");

        // entered again on another instance: this one starts it, and stops it once it is removed there
        seal(new SecretBox(KEY));
        Await.await(this::telegram, t -> t.get("state").asString().equals("CONNECTED"), "connected from the row");
        long customer = BOT.nextChatId();
        BOT.push(BOT.fixture("private-text.json", 5550001, customer));
        Await.await(() -> BOT.messagesTo(customer), m -> !m.isEmpty(), "an answer from the synced channel");
        jdbc.sql("delete from channel_setting").update();
        Await.await(this::telegram, t -> t.get("state").asString().equals("NOT_CONFIGURED"), "stopped");
    }

    private static void servePhoto(String fileId, byte[] bytes) {
        BOT.server().stubFor(post(urlPathMatching("(?i)/bot" + FakeTelegram.TOKEN + "/getFile")).atPriority(1)
                .withRequestBody(containing(fileId)).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json").withBody("""
                        {"ok": true, "result": {"file_id": "%s", "file_unique_id": "u", "file_size": %d,
                         "file_path": "photos/%s.jpg"}}""".formatted(fileId, bytes.length, fileId))));
        BOT.server().stubFor(get(urlPathEqualTo("/file/bot" + FakeTelegram.TOKEN + "/photos/" + fileId + ".jpg"))
                .willReturn(aResponse().withBody(bytes)));
    }

    private void seal(SecretBox box) {
        byte[] sealed = box.seal("TELEGRAM", "{\"bot_token\":\"" + FakeTelegram.TOKEN + "\"}");
        jdbc.sql("""
                insert into channel_setting (channel, sealed, revision) values ('TELEGRAM', :s,
                    nextval('channel_setting_revision'))
                on conflict (channel) do update set sealed = excluded.sealed, revision = excluded.revision""")
                .param("s", sealed).update();
    }

    private JsonNode telegram() {
        return channel("telegram");
    }

    private JsonNode channel(String name) {
        for (JsonNode channel : api.get("/api/channels", HttpApi.ADMIN).json()) {
            if (channel.get("channel").asString().equalsIgnoreCase(name)) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + name);
    }

    /** Every file of a backup, as one text. */
    private String backup() throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/backup")).header(HttpApi.ADMIN[0], HttpApi.ADMIN[1])
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        var all = new ByteArrayOutputStream();
        try (var zip = new ZipInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                all.write(entry.getName().getBytes(StandardCharsets.UTF_8));
                zip.transferTo(all);
            }
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }

    public static class Settings implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // the mailbox MailboxChannelIT and the browser test connect: a login of its own on the shared GreenMail
            org.answerdesk.channel.email.TestMailServer.MAIL.setUser(MailboxChannelIT.ADDRESS, MailboxChannelIT.LOGIN,
                    MailboxChannelIT.PASSWORD);
            TestPropertyValues.of("answerdesk.secret.key=" + KEY,
                    "answerdesk.mail.oauth-token-url=" + ProviderStandIn.tokenUrl(),
                    "answerdesk.telegram.api-url=http://localhost:" + BOT.server().port(),
                    "answerdesk.telegram.poll-timeout=1s",
                    "answerdesk.whatsapp.api-url=" + WHATSAPP.baseUrl() + "/v21.0",
                    "answerdesk.slack.api-url=" + org.answerdesk.channel.slack.SlackTestServer.API.baseUrl() + "/api/")
                    .applyTo(context);
        }
    }
}
