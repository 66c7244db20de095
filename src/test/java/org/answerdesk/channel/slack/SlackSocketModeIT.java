package org.answerdesk.channel.slack;

import static org.answerdesk.Await.await;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;


import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.RefusingDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * Socket Mode for real: with an app token the app calls {@code apps.connections.open} (WireMock), connects with
 * Bolt's Tyrus client to a WebSocket server standing in for Slack's, and answers an {@code events_api} envelope
 * pushed over it: acknowledged by envelope id, answered once through {@code chat.postMessage}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackSocketModeIT.SocketModeSlack.class)
class SlackSocketModeIT {

    static final FakeSocketModeServer LINK = FakeSocketModeServer.start();

    /** Socket Mode only: an app token, no signing secret. */
    static class SocketModeSlack implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/apps.connections.open"))
                    .willReturn(SlackTestServer.json("{\"ok\":true,\"url\":\"" + LINK.url() + "\"}")));
            TestPropertyValues.of(
                    "answerdesk.slack.bot-token=xoxb-fake",
                    "answerdesk.slack.app-token=xapp-fake",
                    "answerdesk.slack.api-url=" + SlackTestServer.API.baseUrl() + "/api/").applyTo(context);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("slackHealthIndicator")
    ChannelHealth health;

    @AfterAll
    static void stop() throws Exception {
        LINK.stop();
    }

    @Test
    void anEventsApiEnvelopeIsAcknowledgedAndAnsweredOnce() {
        await(LINK::connected, c -> c, "the app to connect over Socket Mode");
        var envelope = SlackFixtures.json("socket_mode_events_api.json");
        String envelopeId = envelope.get("envelope_id").asString();
        var payload = (ObjectNode) envelope.get("payload");
        String channel = "C0SOCKET" + System.nanoTime() % 100000;
        SlackFixtures.event(payload).put("channel", channel);

        LINK.send(envelope.toString());

        await(LINK::received, r -> r.stream().anyMatch(m -> m.contains("\"envelope_id\":\"" + envelopeId + "\"")),
                "the envelope's acknowledgement");
        var posted = await(() -> SlackTestServer.postedTo(channel), p -> !p.isEmpty(), "an answer");
        assertThat(posted.get(0).get("thread_ts")).isEqualTo(SlackFixtures.event(payload).get("ts").asString());
        assertThat(posted.get(0).get("text")).containsIgnoringCase("ship");

        // Slack redelivers an envelope it thinks was not acknowledged: still one answer
        envelope.put("retry_attempt", 1);
        envelope.put("envelope_id", envelopeId + "-retry");
        LINK.send(envelope.toString());
        await(LINK::received, r -> r.stream().anyMatch(m -> m.contains(envelopeId + "-retry")), "the second ack");
        SlackFixtures.awaitSettled(jdbc, channel);
        assertThat(SlackTestServer.postedTo(channel)).hasSize(1);
    }

    @Test
    void anEventThatCannotBeStoredForNowIsNotAcknowledgedAndSlacksRedeliveryIsAnsweredOnce() {
        await(LINK::connected, c -> c, "the app to connect over Socket Mode");
        await(() -> health.health().getStatus().getCode(), "UP"::equals, "component slack UP");
        assertThat(health.health().getDetails().get("connected")).isEqualTo(true);
        var envelope = SlackFixtures.json("socket_mode_events_api.json");
        String envelopeId = "env-" + UUID.randomUUID();
        envelope.put("envelope_id", envelopeId);
        var payload = (ObjectNode) envelope.get("payload");
        String eventId = "Ev0SOCKDOWN" + System.nanoTime() % 100000;
        payload.put("event_id", eventId);
        String channel = "C0SOCKDN" + System.nanoTime() % 100000;
        String marker = "DOWN-" + System.nanoTime();
        SlackFixtures.event(payload).put("channel", channel).put("text", "<@" + SlackTestServer.BOT_USER + "> "
                + marker + " Which countries do you ship to?");

        try (var down = RefusingDatabase.refuse(jdbc, marker, RefusingDatabase.FOR_NOW)) {
            LINK.send(envelope.toString());
            await(() -> String.valueOf(health.health().getDetails().get("lastError")), e -> e.contains(eventId),
                    "the failed attempt reported");
        }
        assertThat(LINK.received()).noneMatch(m -> m.contains(envelopeId));

        // Slack sends an envelope it got no acknowledgement for again
        envelope.put("envelope_id", envelopeId + "-retry").put("retry_attempt", 1).put("retry_reason", "timeout");
        LINK.send(envelope.toString());
        await(LINK::received, r -> r.stream().anyMatch(m -> m.contains(envelopeId + "-retry")), "the ack");
        await(() -> SlackTestServer.postedTo(channel), p -> p.size() == 1, "the answer");
        SlackFixtures.awaitSettled(jdbc, channel);
        assertThat(SlackTestServer.postedTo(channel)).hasSize(1);
    }

    @Test
    void withoutASigningSecretThereIsNoHttpEndpoint() {
        var response = new HttpApi(port).post("/slack/events", SlackFixtures.text("url_verification.json"));

        assertThat(response.status()).isEqualTo(404);
    }

}
