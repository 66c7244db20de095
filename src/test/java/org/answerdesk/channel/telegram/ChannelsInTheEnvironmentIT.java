package org.answerdesk.channel.telegram;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.HttpApi;
import org.answerdesk.channel.slack.SlackTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Channels configured in the environment are shown read-only on {@code /api/channels}: the environment wins. Same
 * context as {@link TelegramStartIT} (Telegram and Slack configured there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class})
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + TelegramHandoffIT.DESK)
class ChannelsInTheEnvironmentIT {

    @LocalServerPort
    int port;

    @Test
    void aChannelConfiguredInTheEnvironmentIsReadOnly() {
        var api = new HttpApi(port);
        JsonNode telegram = channel(api, "TELEGRAM");
        assertThat(telegram.get("source").asString()).isEqualTo("ENVIRONMENT");
        assertThat(telegram.get("editable").asBoolean()).isFalse();
        assertThat(channel(api, "SLACK").get("source").asString()).isEqualTo("ENVIRONMENT");
        assertThat(channel(api, "WHATSAPP").get("state").asString()).isEqualTo("NOT_CONFIGURED");

        var put = api.put("/api/channels/telegram", json("bot_token", "111:another-bot"), HttpApi.ADMIN);
        assertThat(put.status()).isEqualTo(409);
        assertThat(put.json().get("error").asString()).contains("configured in the environment", "change it there");
        assertThat(api.delete("/api/channels/telegram", HttpApi.ADMIN).status()).isEqualTo(409);
        assertThat(api.put("/api/channels/slack", json("bot_token", "xoxb-1"), HttpApi.ADMIN).json().get("error")
                .asString()).contains("slack is configured in the environment");
        // the check of the environment's token runs live
        var test = api.post("/api/channels/telegram/test", "{}", HttpApi.ADMIN);
        assertThat(test.status()).as(test.body()).isEqualTo(200);
        assertThat(test.json().get("account").asString()).isEqualTo("@answerdesk_test_bot");
        var slack = api.post("/api/channels/slack/test", "{}", HttpApi.ADMIN);
        assertThat(slack.status()).as(slack.body()).isEqualTo(200);
        assertThat(slack.json().get("account").asString()).isEqualTo("@answerdesk (Acme Support)");
        assertThat(api.get("/api/channels", HttpApi.ADMIN).body()).doesNotContain("TEST-fake-token", "xoxb-fake");
    }

    private static JsonNode channel(HttpApi api, String name) {
        for (JsonNode channel : api.get("/api/channels", HttpApi.ADMIN).json()) {
            if (channel.get("channel").asString().equals(name)) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + name);
    }
}
