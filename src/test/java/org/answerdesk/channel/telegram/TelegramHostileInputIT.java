package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.Await;
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
 * Hostile and broken input at the Telegram webhook, against the real pipeline and database: every delivery gets
 * a 4xx or is quarantined and counted, never a 500; the channel never stalls (the next good update is answered,
 * as the fake Bot API sees); a flood beyond {@code queue-capacity} unanswered messages is refused with 429 until there is room, and every
 * update Telegram sends again is answered exactly once. One core worker and a capacity of one make the flood quick.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.telegram.webhook-url=https://bot.example.com/telegram/webhook",
        "answerdesk.telegram.webhook-secret=" + TelegramHostileInputIT.SECRET,
        "answerdesk.conversation.workers=1",
        "answerdesk.telegram.queue-capacity=1"})
@ContextConfiguration(initializers = FakeTelegram.Settings.class)
class TelegramHostileInputIT {

    static final String SECRET = "hostile-Test_secret";
    private static final long FIXTURE_CHAT = 5550001;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConversationService conversations;
    @Autowired
    MeterRegistry meters;
    @Autowired
    @Qualifier("telegramHealthIndicator")
    ChannelHealth health;
    private final FakeTelegram telegram = FakeTelegram.INSTANCE;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void emptyAndControlOnlyTextIsQuarantinedAndTheNextMessageIsAnswered() {
        long chat = telegram.nextChatId();
        long before = quarantined();
        for (String text : List.of("", "   ", "\u0000", "\u0000\u0007\u001b\u009f")) {
            var update = text(chat, text);
            assertThat(send(update.toString()).statusCode()).as("text %s", text.codePoints().boxed().toList())
                    .isEqualTo(200);
        }
        assertThat(quarantined()).isEqualTo(before + 4);
        assertGoodMessageAnswered(chat);
    }

    @Test
    void invisibleOnlyTextGetsTheNotTextAnswerAndTheNextMessageIsAnswered() {
        for (String text : List.of("\u200b\u200d", "\u2060\ufeff\u202e", "\udb40\udc41\udb40\udc7f\ufe0f")) {
            long chat = telegram.nextChatId();
            assertThat(send(text(chat, text).toString()).statusCode()).isEqualTo(200);
            var reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the not-text answer").get(0);
            assertThat(reply.path("text").asString()).as(text).contains("I've received it. What do you need help with?");

            ObjectNode good = text(chat, "How can I reset my password?");
            ((ObjectNode) good.get("message")).put("message_id", 900);
            assertThat(send(good.toString()).statusCode()).isEqualTo(200);
            var answers = Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 2, "the next answer");
            assertThat(answers.get(1).path("text").asString()).containsIgnoringCase("password");
        }
    }

    @Test
    void hugeTextIsStoredAsAPlaceholderAndAnsweredWithTheLimit() {
        long chat = telegram.nextChatId();
        assertThat(send(text(chat, "x".repeat(500_000)).toString()).statusCode()).isEqualTo(200);
        var reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "a reply").get(0);
        assertThat(reply.path("text").asString()).contains("too long");
    }

    @Test
    void nulAndControlCharactersInTextAndNamesAreRemovedAndTheMessageIsAnswered() {
        long chat = telegram.nextChatId();
        ObjectNode update = text(chat, "How can I\u0000 reset my\u0007 password?\u0085");
        var message = (ObjectNode) update.get("message");
        ((ObjectNode) message.get("from")).put("first_name", "Ann\u0000a").put("last_name", "B\u0001")
                .put("username", "ann\u0000_b");
        ((ObjectNode) message.get("chat")).put("title", "Chat\u0000 title").put("first_name", "Ann\u0000a");

        assertThat(send(update.toString()).statusCode()).isEqualTo(200);

        var reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "an answer").get(0);
        assertThat(reply.path("text").asString()).containsIgnoringCase("password");
        assertThat(jdbc.sql("""
                select m.text || '|' || p.display_name from message m join participant p on p.id = m.participant_id
                where m.external_message_id = :r and m.direction = 'IN'""").param("r", chat + ":41")
                .query(String.class).single()).isEqualTo("How can I reset my password?|Anna B");
    }

    @Test
    void bytesThatAreNotUtf8AreA400WithAReason() {
        long chat = telegram.nextChatId();
        byte[] good = text(chat, "How can I reset my password? MARK").toString().getBytes(StandardCharsets.UTF_8);
        String json = new String(good, StandardCharsets.UTF_8);
        int at = json.indexOf("MARK");
        byte[] broken = good.clone();
        broken[at] = (byte) 0xC3; // a lead byte followed by ASCII, and a lone continuation byte
        broken[at + 2] = (byte) 0x80;

        var response = send(broken, SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("UTF-8");
        assertGoodMessageAnswered(chat);
    }

    @Test
    void malformedJsonAndBodiesThatAreNoUpdateAreA400WithAReason() {
        for (String body : List.of("{\"update_id\": ", "", "null", "[1, 2]", "42", "{\"update_id\": \"seven\"}",
                "{\"message\": {\"text\": \"hi\"}}")) {
            var response = send(body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(new HttpApi.Response(400, response.body()).json().get("error").asString()).as(body)
                    .isNotBlank();
        }
        assertGoodMessageAnswered(telegram.nextChatId());
    }

    @Test
    void updatesOfTheWrongShapeAreQuarantinedAndCountedAndTheNextMessageIsAnswered() {
        long chat = telegram.nextChatId();
        long before = quarantined();
        double counted = meters.counter("answerdesk.quarantined", "channel", "TELEGRAM").count();
        ObjectNode noChat = text(chat, "Where is my parcel?");
        ((ObjectNode) noChat.get("message")).remove("chat");
        ObjectNode noFrom = text(chat, "Where is my parcel?");
        ((ObjectNode) noFrom.get("message")).remove("from");
        ObjectNode textIsAnObject = text(chat, "x");
        ((ObjectNode) textIsAnObject.get("message")).putObject("text").put("nested", true);
        ObjectNode dateIsAWord = text(chat, "Where is my parcel?");
        ((ObjectNode) dateIsAWord.get("message")).put("date", "yesterday");
        ObjectNode messageIsAString = FakeTelegram.JSON.createObjectNode().put("update_id", telegram.nextUpdateId())
                .put("message", "not a message");

        for (ObjectNode update : List.of(noChat, noFrom, textIsAnObject, dateIsAWord, messageIsAString)) {
            assertThat(send(update.toString()).statusCode()).as(update.toString()).isEqualTo(200);
        }

        assertThat(quarantined()).isEqualTo(before + 5);
        assertThat(meters.counter("answerdesk.quarantined", "channel", "TELEGRAM").count()).isEqualTo(counted + 5);
        assertThat(telegram.messagesTo(chat)).isEmpty();
        assertGoodMessageAnswered(chat);
    }

    @Test
    void aWrongOrMissingSecretIsA401() {
        long chat = telegram.nextChatId();
        String update = text(chat, "How can I reset my password?").toString();
        assertThat(send(update.getBytes(StandardCharsets.UTF_8), "wrong").statusCode()).isEqualTo(401);
        assertThat(send(update.getBytes(StandardCharsets.UTF_8), SECRET + "x").statusCode()).isEqualTo(401);
        assertThat(send(update.getBytes(StandardCharsets.UTF_8), null).statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from conversation where external_key = :k")
                .param("k", Long.toString(chat)).query(Long.class).single()).isZero();
    }

    @Test
    void aReplayedOrDuplicateUpdateIdIsAnsweredOnce() {
        long chat = telegram.nextChatId();
        ObjectNode update = text(chat, "How can I reset my password?");
        assertThat(send(update.toString()).statusCode()).isEqualTo(200);
        Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "the answer");

        ObjectNode sameIdOtherText = update.deepCopy();
        ((ObjectNode) sameIdOtherText.get("message")).put("text", "Do you ship to Canada?").put("message_id", 42);
        assertThat(send(update.toString()).statusCode()).isEqualTo(200);
        assertThat(send(sameIdOtherText.toString()).statusCode()).isEqualTo(200);

        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.messagesTo(chat)).hasSize(1);
    }

    @Test
    void anUpdateTheDatabaseRefusesForGoodIsQuarantinedAndTheNextIsAnswered() {
        long chat = telegram.nextChatId();
        long before = quarantined();
        try (var refusing = RefusingDatabase.refuse(jdbc, "POISON-" + chat, RefusingDatabase.FOR_GOOD)) {
            assertThat(send(text(chat, "POISON-" + chat + " where is my parcel?").toString()).statusCode())
                    .isEqualTo(200);
            assertThat(quarantined()).isEqualTo(before + 1);
            assertGoodMessageAnswered(chat);
        }
    }

    @Test
    void whileTheDatabaseRefusesForNowTheUpdateGets503AndIsAnsweredOnceWhenTelegramSendsItAgain() {
        long chat = telegram.nextChatId();
        ObjectNode update = text(chat, "DOWN-" + chat + " How can I reset my password?");
        try (var down = RefusingDatabase.refuse(jdbc, "DOWN-" + chat, RefusingDatabase.FOR_NOW)) {
            var refused = send(update.toString());
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(health.health().getDetails().get("lastError").toString())
                    .contains("update " + update.get("update_id").asInt() + " could not be stored");
        }
        assertThat(send(update.toString()).statusCode()).isEqualTo(200);
        Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "the answer");
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.messagesTo(chat)).hasSize(1);
    }

    @Test
    void aFloodBeyondTheAnswerQueueGets429UntilThereIsRoomAndEachUpdateIsAnsweredOnce() {
        var slow = telegram.slowChats(5, 1500);
        List<Long> chats = slow.chats();
        try {
            List<String> waiting = new ArrayList<>(chats.stream()
                    .map(c -> text(c, "How can I reset my password?").toString()).toList());
            int tooMany = 0;
            while (!waiting.isEmpty()) { // Telegram sends a refused update again, later
                var response = send(waiting.get(0));
                if (response.statusCode() == 429) {
                    tooMany++;
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                    Await.pause(200); // Telegram's pacing of its next try (kept under Retry-After): no event to wait on
                } else {
                    assertThat(response.statusCode()).isEqualTo(200);
                    waiting.remove(0);
                }
            }
            assertThat(tooMany).as("updates refused while the queue was full").isPositive();
            for (long chat : chats) {
                Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "the answer in " + chat);
            }
            FakeTelegram.awaitSettled(jdbc, chats);
            assertThat(chats).allSatisfy(chat -> assertThat(telegram.messagesTo(chat)).hasSize(1));
        } finally {
            telegram.removeStubs(slow.stubs());
        }
    }

    @Test
    void theTelegramHealthComponentIsUpOnceTheWebhookIsRegistered() {
        Await.await(() -> new HttpApi(port).get("/actuator/health", HttpApi.ADMIN).json()
                .path("components").path("telegram")
                .path("status").asString(), "UP"::equals, "component telegram UP");
    }

    private void assertGoodMessageAnswered(long chat) {
        ObjectNode good = text(chat, "How can I reset my password?");
        ((ObjectNode) good.get("message")).put("message_id", 900);
        assertThat(send(good.toString()).statusCode()).isEqualTo(200);
        var answers = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "an answer to a good message");
        assertThat(answers.get(answers.size() - 1).path("text").asString()).containsIgnoringCase("password");
    }

    private ObjectNode text(long chat, String text) {
        ObjectNode update = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
        ((ObjectNode) update.get("message")).put("text", text);
        return update;
    }

    private long quarantined() {
        return conversations.quarantined(Channel.TELEGRAM);
    }

    private HttpResponse<String> send(String body) {
        return send(body.getBytes(StandardCharsets.UTF_8), SECRET);
    }

    private HttpResponse<String> send(byte[] body, String secret) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
