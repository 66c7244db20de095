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

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.channel.RefusingDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * Messages the bot cannot answer never hold the Telegram channel: invisible-only text gets the not-text answer
 * (so a small {@code queue-capacity} is never filled by it, and health stays UP), and a message whose answer
 * always fails (the real database refuses to store it) is given up after {@code max-answer-attempts}, or at once
 * when retrying cannot cure the failure: the customer gets the handoff reply, the quarantine counts it, and the
 * channel's next message is answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.telegram.webhook-url=https://bot.example.com/telegram/webhook",
        "answerdesk.telegram.webhook-secret=" + TelegramUnanswerableIT.SECRET,
        "answerdesk.telegram.queue-capacity=5",
        "answerdesk.conversation.workers=1",
        "answerdesk.conversation.answer-lease=2s",
        "answerdesk.conversation.poll-interval=200ms",
        "answerdesk.conversation.max-answer-attempts=3"})
@ContextConfiguration(initializers = TelegramUnanswerableIT.WithoutTranscriber.class)
class TelegramUnanswerableIT {

    /**
     * The fake Telegram without the voice transcriber: this class's 2 s answer lease is shorter than a transcription
     * may take, which the app refuses at start when a transcriber is configured.
     */
    static class WithoutTranscriber extends FakeTelegram.Settings {
        @Override
        public void initialize(org.springframework.context.ConfigurableApplicationContext context) {
            super.initialize(context);
            org.springframework.boot.test.util.TestPropertyValues.of("answerdesk.transcription.base-url=")
                    .applyTo(context);
        }
    }

    static final String SECRET = "unanswerable-Test_secret";
    private static final long FIXTURE_CHAT = 5550001;
    private static final String NOT_TEXT = "I've received it. What do you need help with?";
    private static final String HANDOFF = "a person from our team will follow up";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    private final FakeTelegram telegram = FakeTelegram.INSTANCE;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sixInvisibleMessagesWithAQueueOfFiveLeaveRoomForTheNextQuestionAndHealthUp() {
        long chat = telegram.nextChatId();
        for (int i = 0; i < 6; i++) {
            ObjectNode update = text(chat, i % 2 == 0 ? "\u200b\u200d" : "\u2060\ufeff\u202e\udb40\udc41\ufe0f");
            ((ObjectNode) update.get("message")).put("message_id", 100 + i);
            // Telegram sends a refused (429) update again later; it must be taken within the wait
            Await.await(Duration.ofSeconds(30), () -> send(update.toString()), r -> r.statusCode() == 200,
                    "invisible update " + i + " taken");
        }
        var notText = Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 6, "six not-text answers");
        assertThat(notText).allSatisfy(m -> assertThat(m.path("text").asString()).contains(NOT_TEXT));

        long asker = telegram.nextChatId();
        Await.await(Duration.ofSeconds(30), () -> send(text(asker, "How can I reset my password?").toString()),
                r -> r.statusCode() == 200, "the question taken");
        var answer = Await.await(() -> telegram.messagesTo(asker), m -> !m.isEmpty(), "the answer").get(0);
        assertThat(answer.path("text").asString()).containsIgnoringCase("password");
        var health = new HttpApi(port).get("/actuator/health", HttpApi.ADMIN).json();
        assertThat(health.path("components").path("telegram").path("status").asString()).isEqualTo("UP");
        assertThat(jdbc.sql("select count(*) from message where channel = 'TELEGRAM' and direction = 'IN' "
                + "and handled_at is null").query(Long.class).single()).isZero();
    }

    @Test
    void anAnswerRetryingCannotCureIsGivenUpAtOnceWithTheHandoffReplyAndCounted() {
        long chat = telegram.nextChatId();
        String marker = "NEVER-" + chat;
        double before = quarantinedCount();
        try (var refusing = RefusingDatabase.refuseAnswers(jdbc, marker, RefusingDatabase.FOR_GOOD)) {
            send(text(chat, "How can I reset my password? " + marker).toString());
            var reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the handoff reply").get(0);
            assertThat(reply.path("text").asString()).contains(HANDOFF);
            // the reply may go out before the worker that gave up has counted it
            Await.await(this::quarantinedCount, n -> n >= before + 1, "the give-up counted");
            assertThat(quarantinedCount()).isEqualTo(before + 1);
            assertThat(attempts(chat)).isEqualTo(1);
            assertThat(quarantineReason(chat)).contains("retrying cannot cure").doesNotContain(marker);
            assertNextQuestionAnswered();
        }
    }

    @Test
    void anAnswerThatKeepsFailingForNowIsGivenUpAfterTheAttemptLimit() {
        long chat = telegram.nextChatId();
        String marker = "BUSY-" + chat;
        double before = quarantinedCount();
        try (var refusing = RefusingDatabase.refuseAnswers(jdbc, marker, RefusingDatabase.FOR_NOW)) {
            send(text(chat, "How can I reset my password? " + marker).toString());
            var reply = Await.await(Duration.ofSeconds(60), () -> telegram.messagesTo(chat), m -> !m.isEmpty(),
                    "the handoff reply").get(0);
            assertThat(reply.path("text").asString()).contains(HANDOFF);
            assertThat(attempts(chat)).isEqualTo(3);
            // the reply may go out before the worker that gave up has counted it
            Await.await(this::quarantinedCount, n -> n >= before + 1, "the give-up counted");
            assertThat(quarantinedCount()).isEqualTo(before + 1);
            assertThat(quarantineReason(chat)).contains("after 3 attempts");
            assertNextQuestionAnswered();
        }
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.messagesTo(chat)).hasSize(1);
    }

    private void assertNextQuestionAnswered() {
        long chat = telegram.nextChatId();
        assertThat(send(text(chat, "How can I reset my password?").toString()).statusCode()).isEqualTo(200);
        var answer = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the next answer").get(0);
        assertThat(answer.path("text").asString()).containsIgnoringCase("password").doesNotContain(HANDOFF);
    }

    private int attempts(long chat) {
        return jdbc.sql("select answer_attempts from message where channel = 'TELEGRAM' and direction = 'IN' "
                + "and external_message_id like :c").param("c", chat + ":%").query(Integer.class).single();
    }

    private String quarantineReason(long chat) {
        return jdbc.sql("""
                select q.reason from quarantine q join message m on q.event_id = 'message ' || m.id
                where q.channel = 'TELEGRAM' and m.direction = 'IN' and m.external_message_id like :c""")
                .param("c", chat + ":%").query(String.class).single();
    }

    private double quarantinedCount() {
        return meters.counter("answerdesk.quarantined", "channel", "TELEGRAM").count();
    }

    private ObjectNode text(long chat, String text) {
        ObjectNode update = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
        ((ObjectNode) update.get("message")).put("text", text);
        return update;
    }

    private HttpResponse<String> send(String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header(TelegramWebhookController.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
