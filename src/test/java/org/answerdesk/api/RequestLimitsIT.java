package org.answerdesk.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.HttpApi;
import org.answerdesk.channel.slack.SlackTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Request body limits on every path that reads a body: the web chat API (64 KiB), Slack's Events API and the
 * Telegram webhook (1 MiB each), with Slack and Telegram configured against WireMock as in their own tests.
 * A declared length over the limit is refused before any of the body is sent; a chunked body is refused at the
 * limit while the client is still sending, so nothing buffers it whole first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.telegram.webhook-url=https://bot.example.com/telegram/webhook",
        "answerdesk.telegram.webhook-secret=limits-secret"})
@ContextConfiguration(initializers = SlackTestServer.class)
class RequestLimitsIT {

    static final int KIB = 1024;
    static final int MIB = 1024 * KIB;
    static final WireMockServer telegram = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        telegram.start();
        telegram.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"result\":true}")));
        telegram.stubFor(any(urlPathMatching("(?i)/bot[^/]+/getMe")).atPriority(1).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(fixture("get-me.json"))));
    }

    @DynamicPropertySource
    static void telegramProperties(DynamicPropertyRegistry registry) {
        registry.add("answerdesk.telegram.bot-token", () -> "123456789:limits-token");
        registry.add("answerdesk.telegram.api-url", telegram::baseUrl);
    }

    @AfterAll
    static void stop() {
        telegram.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnyOfTheBodyIsSent() {
        var raw = new RawHttp(port);
        assertTooLarge(raw.declareOnly("/api/chat", 64 * KIB + 1), 64 * KIB);
        assertTooLarge(raw.declareOnly("/api/feedback", 50L * MIB), 64 * KIB);
        assertTooLarge(raw.declareOnly("/slack/events", MIB + 1), MIB);
        assertTooLarge(raw.declareOnly("/telegram/webhook", MIB + 1), MIB);
        assertTooLarge(raw.declareOnly("/api/faq/import", 5 * MIB + 1, "Authorization", "Bearer test-admin-token"),
                5 * MIB);
        // without a token or a session the admin's upload route takes no more than any other route
        assertTooLarge(raw.declareOnly("/api/faq/import", 64 * KIB + 1), 64 * KIB);
    }

    @Test
    void aChunkedBodyIsRefusedAtTheLimitWhileTheClientIsStillSending() {
        var raw = new RawHttp(port);
        byte[] chat = "{\"session_id\": \"limits-session\", \"message\": \"".getBytes(StandardCharsets.UTF_8);
        assertTooLarge(raw.chunkedUnfinished("/api/chat", "application/json", chat, 64 * KIB + 16 * KIB), 64 * KIB);
        byte[] slack = "{\"token\": \"x\", \"type\": \"event_callback\", \"event\": {\"text\": \""
                .getBytes(StandardCharsets.UTF_8);
        assertTooLarge(raw.chunkedUnfinished("/slack/events", "application/json", slack, MIB + 16 * KIB), MIB);
        byte[] update = "{\"update_id\": 1, \"message\": {\"text\": \"".getBytes(StandardCharsets.UTF_8);
        assertTooLarge(raw.chunkedUnfinished("/telegram/webhook", "application/json", update, MIB + 16 * KIB), MIB);
    }

    @Test
    void aWholeChunkedBodyOverTheLimitFromAnOrdinaryClientGets413() throws Exception {
        byte[] body = ("{\"session_id\": \"limits-session\", \"message\": \"" + "x".repeat(200 * KIB) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than " + 64 * KIB + " bytes");
    }

    @Test
    void aBodyPartlySentWithTheHeadersAndFinishedLaterIsReadWhole() {
        // a body all there with the headers is taken at once; one that is not is waited for without a thread,
        // starting from what had come: both halves must reach the handler, in order
        var raw = new RawHttp(port);
        String body = "{\"session_id\": \"limits-split\", \"message\": \"How do I reset my password?\"}";
        var whole = raw.send("POST", "/api/chat", "application/json", body);
        var split = raw.sendSplit("/api/chat", "application/json",
                body.replace("limits-split", "limits-split-2"), body.length() / 2, 300);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(split.status()).isEqualTo(200);
        // the same answer as to the message sent at once: the handler read the whole text
        assertThat(reply(split.body())).isNotEmpty().isEqualTo(reply(whole.body()));
    }

    private static String reply(String json) {
        var m = java.util.regex.Pattern.compile("\"reply\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    @Test
    void bodiesWithinTheLimitAreReadAsBefore() {
        var api = new HttpApi(port);
        // an admin's FAQ file may be larger than a chat message: 200 KiB of CSV reach the importer
        String csv = "question,answer\n" + "no answer column here\n".repeat(200 * KIB / 22);
        var imported = api.postAs("/api/faq/import", "text/csv", csv, HttpApi.ADMIN);
        assertThat(imported.status()).as(imported.body()).isEqualTo(400);
        assertThat(imported.json().get("error").asString()).doesNotContain("larger than");
        // 60 KiB is within the chat limit: the message is read and refused for its length, not its bytes
        var chat = api.post("/api/chat", HttpApi.json("session_id", "limits-session", "message", "y".repeat(60 * KIB)));
        assertThat(chat.status()).isEqualTo(400);
        assertThat(chat.json().get("error").asString()).contains("limit");
        // a Telegram update within the limit reaches the webhook (which then checks the secret)
        var webhook = api.post("/telegram/webhook", "{\"update_id\": 1, \"message\": {\"text\": \""
                + "z".repeat(500 * KIB) + "\"}}");
        assertThat(webhook.status()).isEqualTo(401);
    }

    private static void assertTooLarge(RawHttp.Response response, long limit) {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().get("content-type")).startsWith("application/json");
        assertThat(response.body()).contains("\"status\":413").contains("larger than " + limit + " bytes");
    }

    private static String fixture(String name) {
        try {
            return Files.readString(Path.of("channels/telegram/fixtures", name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
