package org.answerdesk.channel.telegram;

import org.answerdesk.Await;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Webhook mode: the webhook is registered with its secret, and calls without that secret are refused. The context is
 * {@link TelegramWebhookGuessingIT}'s too (one app for both): its forwarded headers change nothing here, where no
 * call carries one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.telegram.webhook-url=https://bot.example.com/telegram/webhook",
        "answerdesk.telegram.webhook-secret=" + TelegramWebhookIT.SECRET, "server.forward-headers-strategy=native"})
@ContextConfiguration(initializers = FakeTelegram.Settings.class)
class TelegramWebhookIT {

    static final String SECRET = "s3cret-Test_value";
    private static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Test
    void theWebhookIsRegisteredWithTheSecretAndTheUpdatesNeeded() {
        // the fake Bot API is shared: other test contexts in webhook mode register too, with their own secret
        var call = Await.await(() -> telegram.rawCalls("setWebhook").stream()
                .filter(c -> c.getBodyAsString().contains(SECRET)).toList(), c -> !c.isEmpty(),
                "setWebhook with this test's secret").get(0);
        assertThat(call.getBodyAsString()).contains("https://bot.example.com/telegram/webhook", "message_reaction",
                "callback_query");
    }

    @Test
    void aCallWithoutTheRightSecretIsRefusedAndNothingIsStored() {
        long chat = telegram.nextChatId();
        String update = telegram.fixture("private-text.json", 5550001, chat).toString();
        var api = new HttpApi(port);

        var wrong = api.post("/telegram/webhook", update, HEADER, "guess");
        var missing = api.post("/telegram/webhook", update);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(wrong.json().get("error").asString()).contains(HEADER);
        assertThat(jdbc.sql("select count(*) from conversation where external_key = :k")
                .param("k", Long.toString(chat)).query(Long.class).single()).isZero();
    }

    @Test
    void aCallWithTheSecretIsStoredAnsweredAndNotAnsweredTwice() {
        long chat = telegram.nextChatId();
        String update = telegram.fixture("private-text.json", 5550001, chat).toString();
        var api = new HttpApi(port);

        assertThat(api.post("/telegram/webhook", update, HEADER, SECRET).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from message where direction = 'IN' and external_message_id = :r")
                .param("r", chat + ":41").query(Long.class).single()).isEqualTo(1);
        Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "an answer");

        assertThat(api.post("/telegram/webhook", update, HEADER, SECRET).status()).isEqualTo(200);
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.messagesTo(chat)).hasSize(1);
    }

    @Test
    void aMalformedBodyIsA400WithAReason() {
        var r = new HttpApi(port).post("/telegram/webhook", "{\"message\": ", HEADER, SECRET);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asString()).containsIgnoringCase("JSON");
        var noId = new HttpApi(port).post("/telegram/webhook", "{\"message\": {}}", HEADER, SECRET);
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.json().get("error").asString()).contains("update_id");
    }
}
