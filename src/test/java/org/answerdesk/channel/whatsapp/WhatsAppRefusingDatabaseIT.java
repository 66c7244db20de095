package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.answerdesk.Await;
import org.answerdesk.Settled;
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
 * The webhook while the database refuses to store a message, as Telegram's, Slack's and email's intake are tested:
 * a message is stored before Meta gets its 200. A refusal that waiting may cure is a 503 with {@code Retry-After}, so
 * that Meta delivers the whole again; what was stored meanwhile is recognised by its wamid and answered once. A
 * refusal for good is quarantined and the rest of the delivery taken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppRefusingDatabaseIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConversationService conversations;
    @Autowired
    @Qualifier("whatsappHealthIndicator")
    ChannelHealth health;

    @Test
    void whileTheDatabaseRefusesForNowTheDeliveryGets503AndMetasRetryIsAnsweredOnce() {
        String from = FakeGraphApi.nextNumber();
        String marker = "DOWN-" + from;
        ObjectNode delivery = twoMessages(from, "How do I reset my password?", marker + " Which countries do you ship to?");
        try (var down = RefusingDatabase.refuse(jdbc, marker, RefusingDatabase.FOR_NOW)) {
            var refused = send(delivery);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(health.health().getDetails().get("lastError").toString()).contains("could not be stored");
            assertThat(inbound(from)).as("the message before the refused one is kept").isEqualTo(1);
        }
        assertThat(send(delivery).statusCode()).isEqualTo(200); // Meta delivers the whole again
        assertThat(inbound(from)).as("stored before the 200").isEqualTo(2);
        Await.await(() -> FakeGraphApi.sentTo(from), s -> s.size() == 2, "both answers");
        Settled.await(jdbc, "select id from conversation where channel = 'WHATSAPP' and external_key = :k",
                Map.of("k", from), "the conversation of " + from);
        assertThat(FakeGraphApi.sentTo(from)).as("each message answered once").hasSize(2);
    }

    @Test
    void aMessageTheDatabaseRefusesForGoodIsQuarantinedAndTheRestIsTaken() {
        String from = FakeGraphApi.nextNumber();
        String marker = "POISON-" + from;
        long before = conversations.quarantined(Channel.WHATSAPP);
        try (var refusing = RefusingDatabase.refuse(jdbc, marker, RefusingDatabase.FOR_GOOD)) {
            var response = send(twoMessages(from, marker + " where is my parcel?", "How do I reset my password?"));
            assertThat(response.statusCode()).isEqualTo(200);
        }
        assertThat(conversations.quarantined(Channel.WHATSAPP)).isEqualTo(before + 1);
        var answer = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the answer").get(0);
        assertThat(answer.text()).contains("reset link");
    }

    /** One delivery with two text messages of {@code from}, each under its own wamid. */
    private static ObjectNode twoMessages(String from, String first, String second) {
        ObjectNode delivery = FakeGraphApi.textMessage(from, first);
        ObjectNode next = FakeGraphApi.message(FakeGraphApi.textMessage(from, second));
        FakeGraphApi.value(delivery).withArray("messages").add(next);
        return delivery;
    }

    private long inbound(String from) {
        return jdbc.sql("""
                select count(*) from message m join conversation c on c.id = m.conversation_id
                where c.channel = 'WHATSAPP' and c.external_key = :k and m.direction = 'IN'""")
                .param("k", from).query(Long.class).single();
    }

    private HttpResponse<String> send(ObjectNode delivery) {
        byte[] body = delivery.toString().getBytes(StandardCharsets.UTF_8);
        return FakeGraphApi.postToWebhook(port, body, WhatsAppSignature.sign(FakeGraphApi.APP_SECRET, body));
    }
}
