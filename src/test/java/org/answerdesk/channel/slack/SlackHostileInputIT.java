package org.answerdesk.channel.slack;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.HttpApi;
import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.RefusingDatabase;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile and broken input at {@code /slack/events}, against the real pipeline and database (the context of
 * {@link SlackEventsIT}): every request gets a 4xx or its event is quarantined and counted, never a 500; a
 * failure that waiting cures is a 503 so that Slack retries; the channel never stalls (the next good mention is
 * answered, as the WireMock Slack API sees).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
class SlackHostileInputIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConversationService conversations;
    @Autowired
    MeterRegistry meters;
    @Autowired
    @Qualifier("slackHealthIndicator")
    ChannelHealth health;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void emptyAndControlOnlyTextIsQuarantinedAndTheNextMentionIsAnswered() {
        String channel = "C" + fresh();
        long before = quarantined();
        for (String text : List.of("", "   ", "\u0000", "\u0000\u0007\u001b\u009f")) {
            var message = directMessage(channel, text);
            assertThat(SlackFixtures.deliver(port, message).status()).as("%s", text.codePoints().boxed().toList())
                    .isEqualTo(200);
        }
        assertThat(quarantined()).isEqualTo(before + 4);
        assertThat(SlackTestServer.postedTo(channel)).isEmpty();
        assertGoodMentionAnswered();
    }

    @Test
    void invisibleOnlyTextGetsTheNotTextAnswerAndTheNextMentionIsAnswered() {
        String channel = "C" + fresh();
        assertThat(SlackFixtures.deliver(port, directMessage(channel, "\u200b\u200d")).status()).isEqualTo(200);
        var posted = await(() -> SlackTestServer.postedTo(channel), p -> !p.isEmpty(), "the not-text answer");
        assertThat(posted.get(0).get("text")).contains("I've received it. What do you need help with?");

        var mention = mention("\u2060\ufeff\u202e\udb40\udc41\ufe0f");
        assertThat(SlackFixtures.deliver(port, mention).status()).isEqualTo(200);
        var answered = await(() -> SlackTestServer.postedTo(channelOf(mention)), p -> !p.isEmpty(), "the not-text answer");
        assertThat(answered.get(0).get("text")).contains("I've received it. What do you need help with?");
        assertGoodMentionAnswered();
    }

    @Test
    void hugeTextIsStoredAsAPlaceholderAndAnsweredWithTheLimit() {
        var mention = mention("Please read all of this. " + "x".repeat(300_000));
        assertThat(SlackFixtures.deliver(port, mention).status()).isEqualTo(200);
        var posted = await(() -> SlackTestServer.postedTo(channelOf(mention)), p -> !p.isEmpty(), "an answer");
        assertThat(posted.get(0).get("text")).contains("too long");
    }

    @Test
    void nulAndControlCharactersInTextAndIdsAreRemovedAndTheMessageIsAnswered() {
        var mention = mention("How can I\u0000 reset my\u0007 password?\u0085");
        SlackFixtures.event(mention).put("user", "U0NUL\u0000USER");
        String channel = channelOf(mention);

        assertThat(SlackFixtures.deliver(port, mention).status()).isEqualTo(200);

        var posted = await(() -> SlackTestServer.postedTo(channel), p -> !p.isEmpty(), "an answer");
        assertThat(posted.get(0).get("text")).containsIgnoringCase("password");
        assertThat(jdbc.sql("""
                select m.text || '|' || p.external_user_id from message m join participant p on p.id = m.participant_id
                where m.channel = 'SLACK' and m.direction = 'IN' and m.external_message_id like :c""")
                .param("c", channel + ":%").query(String.class).single())
                .isEqualTo("How can I reset my password?|U0NULUSER");
    }

    @Test
    void bytesThatAreNotUtf8AreA400WithAReason() {
        String json = mention("How can I reset my password? MARK").toString();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf("MARK");
        body[at] = (byte) 0xC3;
        body[at + 2] = (byte) 0x80;

        var response = sendSigned(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("UTF-8");
        assertGoodMentionAnswered();
    }

    @Test
    void malformedJsonAndBodiesThatAreNoEventAreA400() {
        for (String body : List.of("{\"type\": \"event_callback\", ", "", "null", "[1, 2]", "payload=%7B")) {
            var response = sendSigned(body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(body).isBetween(400, 499);
        }
        assertGoodMentionAnswered();
    }

    @Test
    void eventsOfTheWrongShapeAreQuarantinedAndCountedAndTheNextMentionIsAnswered() {
        long before = quarantined();
        var noChannel = mention("How can I reset my password?");
        SlackFixtures.event(noChannel).remove("channel");
        var textIsAnObject = mention("x");
        SlackFixtures.event(textIsAnObject).putObject("text").put("nested", true);
        for (ObjectNode payload : List.of(noChannel, textIsAnObject)) {
            assertThat(SlackFixtures.deliver(port, payload).status()).as(payload.toString()).isEqualTo(200);
        }
        assertThat(quarantined()).isEqualTo(before + 2);

        // not even an event Bolt can route: refused before anything is stored
        var noEventType = mention("How can I reset my password?");
        SlackFixtures.event(noEventType).remove("type");
        var eventIsAString = mention("x");
        eventIsAString.put("event", "not an event");
        assertThat(SlackFixtures.deliver(port, noEventType).status()).isEqualTo(400);
        assertThat(SlackFixtures.deliver(port, eventIsAString).status()).isEqualTo(400);
        assertGoodMentionAnswered();
    }

    @Test
    void aWrongOrMissingSignatureIsA401AndNothingIsStored() {
        var mention = mention("How can I reset my password?");
        long now = SlackFixtures.now();
        String body = mention.toString();
        var api = new HttpApi(port);
        var forged = api.post("/slack/events", body, "X-Slack-Request-Timestamp", Long.toString(now),
                "X-Slack-Signature", SlackFixtures.sign("not-the-secret", now, body));
        var garbage = api.post("/slack/events", body, "X-Slack-Request-Timestamp", "yesterday",
                "X-Slack-Signature", "v0=zz");
        var unsigned = api.post("/slack/events", body);

        assertThat(List.of(forged.status(), garbage.status(), unsigned.status())).containsOnly(401);
        assertThat(jdbc.sql("select count(*) from inbox where channel = 'SLACK' and event_id = :e")
                .param("e", mention.get("event_id").asString()).query(Long.class).single()).isZero();
    }

    @Test
    void aReplayedOrDuplicateEventIdIsAnsweredOnce() {
        var mention = mention("How can I reset my password?");
        String channel = channelOf(mention);
        SlackFixtures.deliver(port, mention);
        await(() -> SlackTestServer.postedTo(channel), p -> p.size() == 1, "the answer");

        var sameIdOtherText = mention.deepCopy();
        SlackFixtures.event(sameIdOtherText).put("text", "<@" + SlackTestServer.BOT_USER + "> Do you ship to Canada?")
                .put("ts", SlackFixtures.now() + ".000200");
        assertThat(SlackFixtures.deliver(port, mention).status()).isEqualTo(200);
        assertThat(SlackFixtures.deliver(port, sameIdOtherText, "X-Slack-Retry-Num", "1").status()).isEqualTo(200);

        SlackFixtures.awaitSettled(jdbc, channel);
        assertThat(SlackTestServer.postedTo(channel)).hasSize(1);
    }

    @Test
    void anEventIdTheDatabaseRefusesIsQuarantinedCountedAndAcknowledged() {
        var random = new Random(11);
        var hugeId = new StringBuilder("Ev");
        for (int i = 0; i < 4000; i++) { // over PostgreSQL's index row limit, and not compressible
            hugeId.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        var mention = mention("How can I reset my password?");
        mention.put("event_id", hugeId.toString());
        long before = quarantined();
        double counted = meters.counter("answerdesk.quarantined", "channel", "SLACK").count();

        assertThat(SlackFixtures.deliver(port, mention).status()).isEqualTo(200);
        assertThat(SlackFixtures.deliver(port, mention, "X-Slack-Retry-Num", "1").status()).isEqualTo(200);

        assertThat(quarantined()).isEqualTo(before + 1);
        assertThat(meters.counter("answerdesk.quarantined", "channel", "SLACK").count()).isEqualTo(counted + 1);
        assertGoodMentionAnswered();
    }

    @Test
    void whileTheDatabaseRefusesForNowTheEventGets503AndSlacksRetryIsAnsweredOnce() {
        String marker = "DOWN-" + fresh();
        var mention = mention(marker + " How can I reset my password?");
        String channel = channelOf(mention);
        try (var down = RefusingDatabase.refuse(jdbc, marker, RefusingDatabase.FOR_NOW)) {
            assertThat(SlackFixtures.deliver(port, mention).status()).isEqualTo(503);
            assertThat(health.health().getDetails().get("lastError").toString())
                    .contains(mention.get("event_id").asString());
        }
        assertThat(SlackFixtures.deliver(port, mention, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason",
                "http_error").status()).isEqualTo(200);
        await(() -> SlackTestServer.postedTo(channel), p -> p.size() == 1, "the answer");
        SlackFixtures.awaitSettled(jdbc, channel);
        assertThat(SlackTestServer.postedTo(channel)).hasSize(1);
    }

    @Test
    void theSlackHealthComponentIsUp() {
        assertThat(new HttpApi(port).get("/actuator/health", HttpApi.ADMIN).json()
                .path("components").path("slack").path("status")
                .asString()).isEqualTo("UP");
    }

    private void assertGoodMentionAnswered() {
        var good = mention("How can I reset my password?");
        assertThat(SlackFixtures.deliver(port, good).status()).isEqualTo(200);
        var posted = await(() -> SlackTestServer.postedTo(channelOf(good)), p -> !p.isEmpty(), "an answer");
        assertThat(posted.get(0).get("text")).containsIgnoringCase("password");
    }

    private static ObjectNode mention(String question) {
        return SlackFixtures.mention(question);
    }

    private ObjectNode directMessage(String channel, String text) {
        var payload = SlackFixtures.json("message_im.json");
        payload.put("event_id", "Ev" + fresh());
        SlackFixtures.event(payload).put("channel", channel).put("text", text)
                .put("ts", SlackFixtures.now() + ".000300");
        return payload;
    }

    private long quarantined() {
        return conversations.quarantined(Channel.SLACK);
    }

    private static String channelOf(ObjectNode payload) {
        return SlackFixtures.event(payload).get("channel").asString();
    }

    /** Posts raw bytes signed as Slack signs them: over the bytes as sent. */
    private HttpResponse<String> sendSigned(byte[] body) {
        long ts = SlackFixtures.now();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SlackTestServer.SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var signed = new ByteArrayOutputStream();
            signed.write(("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8));
            signed.write(body);
            String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(signed.toByteArray()));
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                    .header("Content-Type", "application/json").header("X-Slack-Request-Timestamp", Long.toString(ts))
                    .header("X-Slack-Signature", signature).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fresh() {
        return SlackFixtures.fresh();
    }
}
