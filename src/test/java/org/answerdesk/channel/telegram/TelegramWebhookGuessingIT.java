package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The webhook secret cannot be guessed by trying: like the admin token, an address that sent five wrong secrets
 * within the window gets 429 (with Retry-After), even with the right one, while other addresses (Telegram's) go on.
 * Forwarded headers are on so that X-Forwarded-For stands for other clients. The context is {@link TelegramWebhookIT}'s
 * (the same settings, one app for both); the guesser's address is its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.telegram.webhook-url=https://bot.example.com/telegram/webhook",
        "answerdesk.telegram.webhook-secret=" + TelegramWebhookIT.SECRET, "server.forward-headers-strategy=native"})
@ContextConfiguration(initializers = FakeTelegram.Settings.class)
class TelegramWebhookGuessingIT {

    private static final String HEADER = TelegramWebhookController.SECRET_HEADER;
    private static final String SECRET = TelegramWebhookIT.SECRET;

    @LocalServerPort
    int port;
    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Test
    void wrongSecretsAreThrottledPerAddress() {
        var api = new HttpApi(port);
        String update = telegram.fixture("private-text.json", 5550002, telegram.nextChatId()).toString();
        String guesser = "198.51.100.23";
        for (int i = 1; i <= 5; i++) {
            assertThat(api.post("/telegram/webhook", update, HEADER, "guess-" + i, "X-Forwarded-For", guesser).status())
                    .as("guess %d", i).isEqualTo(401);
        }
        var sixth = api.post("/telegram/webhook", update, HEADER, "guess-6", "X-Forwarded-For", guesser);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json().get("error").asString()).contains("too many wrong " + HEADER);
        assertThat(api.post("/telegram/webhook", update, HEADER, SECRET, "X-Forwarded-For", guesser).status())
                .isEqualTo(429);

        var telegramItself = api.post("/telegram/webhook", update, HEADER, SECRET, "X-Forwarded-For", "149.154.167.99");
        assertThat(telegramItself.status()).as(telegramItself.body()).isEqualTo(200);
    }
}
