package org.answerdesk.channel.whatsapp;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * List presses decoded through the other channels' payloads: a clarify choice is answered with the chosen entry,
 * and a score of the satisfaction request sent after an agent resolved the handoff is stored once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppPressesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPressOnAClarifyChoiceIsAnsweredWithThatEntry() {
        String from = FakeGraphApi.nextNumber();
        assertThat(FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, "money back")).status()).isEqualTo(200);
        var offer = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the clarify reply").get(0);
        JsonNode first = offer.request().at("/interactive/action/sections/0/rows/0");
        assertThat(org.answerdesk.conversation.ChoicePayload.decode(first.get("id").asString())).isPresent();

        assertThat(FakeGraphApi.deliver(port, listReply(from, first.get("id").asString(), first.get("title").asString()))
                .status()).isEqualTo(200);

        var answer = Await.await(() -> FakeGraphApi.sentTo(from), s -> s.size() == 2, "the chosen entry's answer").get(1);
        assertThat(answer.text()).containsIgnoringCase("refund");
    }

    @Test
    void aScorePressedInTheRatingListIsStoredOnceAndThanked() {
        String from = FakeGraphApi.nextNumber();
        var api = new HttpApi(port);
        ObjectNode human = FakeGraphApi.delivery("interactive-button-reply.json", from);
        ((ObjectNode) FakeGraphApi.message(human).at("/interactive/button_reply")).put("id", WhatsAppButtons.HUMAN);
        assertThat(FakeGraphApi.deliver(port, human).status()).isEqualTo(200);
        long conversation = Await.await(() -> jdbc.sql("""
                select id from conversation where channel = 'WHATSAPP' and external_key = :k and status = 'NEEDS_HUMAN'
                """).param("k", from).query(Long.class).optional(), o -> o.isPresent(), "the handoff").get();
        long ticket = Await.await(() -> ticketOf(api, conversation), t -> t != null, "the ticket");
        api.post("/api/tickets/" + ticket + "/reply", json("text", "Happy to help!", "agent", "Tom"), HttpApi.ADMIN);
        api.post("/api/tickets/" + ticket + "/resolve", json("agent", "Tom"), HttpApi.ADMIN);

        var request = Await.await(() -> FakeGraphApi.sentTo(from).stream()
                .filter(s -> s.request().toString().contains("csat:")).toList(), r -> r.size() == 1, "the rating list")
                .get(0);
        JsonNode rows = request.request().at("/interactive/action/sections/0/rows");
        assertThat(rows).hasSize(5);
        String four = rows.get(3).get("id").asString();
        assertThat(four).matches("csat:\\d+:4");
        long requestId = Long.parseLong(four.split(":")[1]);

        ObjectNode press = listReply(from, four, rows.get(3).get("title").asString());
        assertThat(FakeGraphApi.deliver(port, press).status()).isEqualTo(200);
        assertThat(FakeGraphApi.deliver(port, press).status()).isEqualTo(200);

        Await.await(() -> jdbc.sql("select score::int from csat where id = :id").param("id", requestId)
                .query(Integer.class).optional(), s -> s.isPresent() && s.get() == 4, "the score stored");
        Await.await(() -> thanks(from), n -> n == 1, "the thanks");
        assertThat(thanks(from)).as("thanked once for a press delivered twice").isEqualTo(1);
    }

    private long thanks(String from) {
        return FakeGraphApi.sentTo(from).stream().filter(s -> s.text().toLowerCase().contains("thank")).count();
    }

    private static ObjectNode listReply(String from, String id, String title) {
        ObjectNode d = FakeGraphApi.delivery("interactive-list-reply.json", from);
        ((ObjectNode) FakeGraphApi.message(d).at("/interactive/list_reply")).put("id", id).put("title", title);
        return d;
    }

    private static Long ticketOf(HttpApi api, long conversation) {
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == conversation) {
                return t.get("id").asLong();
            }
        }
        return null;
    }
}
