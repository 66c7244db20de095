package org.answerdesk.channel.setup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.ReadsTheLog;
import org.answerdesk.channel.slack.SlackFixtures;
import org.answerdesk.channel.slack.SlackTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Slack connected from the admin API at run time (HTTP mode), against the stand-in Web API: its Events API
 * controller, in the channel's own context, answers through the app's {@code RunTimeRoutes} once connected; the
 * staff desk gets the app's handoffs (events handed to the channel's context, posts through the desk outbox).
 * Same context as {@link ChannelsIT}: no bot token in the environment.
 */
@ReadsTheLog
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ChannelsIT.Settings.class)
@ExtendWith(OutputCaptureExtension.class)
class SlackChannelIT {

    // built, not written whole: a committed string of a real token's shape is what secret scanners look for
    static final String TOKEN = "xoxb-" + "admin-page-token";
    private static final String WRONG = "xoxb-" + "a-typo-in-it";
    private static final String DESK = "C0DESK0ADM";

    static {
        SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/auth.test")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + WRONG)).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json").withBody("{\"ok\":false,\"error\":\"invalid_auth\"}")));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    private HttpApi api;

    @BeforeEach
    @AfterEach
    void disconnected() {
        api = new HttpApi(port);
        api.delete("/api/channels/slack", HttpApi.ADMIN);
        jdbc.sql("delete from channel_setting").update();
        Await.await(this::slack, s -> s.get("state").asString().equals("NOT_CONFIGURED"), "slack stopped");
    }

    @Test
    void slackConnectedAtRunTimeAnswersACustomerAndGetsTheDesksTickets(CapturedOutput log) {
        String dm = "D" + SlackFixtures.fresh();
        assertThat(SlackFixtures.deliver(port, directMessage(dm, "How can I reset my password?")).status())
                .as("no events endpoint before").isEqualTo(404);
        var connected = api.put("/api/channels/slack", json("bot_token", TOKEN, "signing_secret",
                SlackTestServer.SIGNING_SECRET, "handoff_channel", DESK), HttpApi.ADMIN);
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        assertThat(connected.json().get("state").asString()).isEqualTo("CONNECTED");
        assertThat(connected.json().get("account").asString()).isEqualTo("@answerdesk (Acme Support)");

        var delivered = SlackFixtures.deliver(port, directMessage(dm, "How can I reset my password?"));
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        // a greeting first (a first message on Slack), then the answer
        SlackTestServer.awaitPostTo(dm, 0, "reset link");

        // a web customer handed over: the desk connected here opens the ticket's thread
        int before = SlackTestServer.postedTo(DESK).size();
        var handed = api.askWithoutAnAnswer("slack-desk-" + UUID.randomUUID(), "Do you appraise antique pocket watches?")
                .json();
        assertThat(handed.get("needs_human").asBoolean()).isTrue();
        SlackTestServer.awaitPostTo(DESK, before, "Handoff #", "on web", "antique pocket watches");

        byte[] sealed = jdbc.sql("select sealed from channel_setting where channel = 'SLACK'").query(byte[].class)
                .single();
        for (String secret : new String[] {TOKEN, SlackTestServer.SIGNING_SECRET}) {
            assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
            assertThat(connected.body() + api.get("/api/channels", HttpApi.ADMIN).body()).doesNotContain(secret);
            assertThat(log.getAll()).doesNotContain(secret);
        }
        assertThat(api.delete("/api/channels/slack", HttpApi.ADMIN).json().get("state").asString())
                .isEqualTo("NOT_CONFIGURED");
        assertThat(SlackFixtures.deliver(port, directMessage(dm, "Are you there?")).status())
                .as("no events endpoint once disconnected").isEqualTo(404);
    }

    @Test
    void aWrongTokenIsRefusedWithItsReasonAndChangesNothing(CapturedOutput log) {
        var wrong = api.put("/api/channels/slack", json("bot_token", WRONG, "signing_secret", "s3cret"),
                HttpApi.ADMIN);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error").asString()).contains("Slack refused the bot token", "invalid_auth")
                .doesNotContain("a-typo");
        var notAToken = api.put("/api/channels/slack", json("bot_token", "xoxp-" + "user-token/../x", "signing_secret",
                "s3cret"), HttpApi.ADMIN);
        assertThat(notAToken.status()).isEqualTo(400);
        assertThat(notAToken.json().get("error").asString()).contains("not a bot token");
        var halfFilled = api.put("/api/channels/slack", json("bot_token", TOKEN), HttpApi.ADMIN);
        assertThat(halfFilled.status()).isEqualTo(400);
        assertThat(halfFilled.json().get("error").asString()).contains("signing_secret is required");
        var channelName = api.put("/api/channels/slack", json("bot_token", TOKEN, "signing_secret", "s3cret",
                "handoff_channel", "#support team"), HttpApi.ADMIN);
        assertThat(channelName.status()).isEqualTo(400);
        assertThat(channelName.json().get("error").asString()).contains("channel ID");

        assertThat(slack().get("state").asString()).isEqualTo("NOT_CONFIGURED");
        assertThat(jdbc.sql("select count(*) from channel_setting").query(Long.class).single()).isZero();
        assertThat(log.getAll()).doesNotContain("a-typo");
    }

    private static ObjectNode directMessage(String dm, String text) {
        ObjectNode payload = SlackFixtures.json("message_im.json");
        payload.put("event_id", "Ev" + SlackFixtures.fresh());
        ObjectNode event = SlackFixtures.event(payload);
        event.put("channel", dm).put("user", "U" + SlackFixtures.fresh()).put("text", text)
                .put("ts", SlackFixtures.now() + ".000100").put("event_ts", SlackFixtures.now() + ".000100");
        event.remove("blocks");
        event.remove("client_msg_id");
        return payload;
    }

    private JsonNode slack() {
        for (JsonNode channel : api.get("/api/channels", HttpApi.ADMIN).json()) {
            if (channel.get("channel").asString().equals("SLACK")) {
                return channel;
            }
        }
        throw new AssertionError("no slack channel");
    }
}
