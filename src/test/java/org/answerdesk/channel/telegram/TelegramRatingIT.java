package org.answerdesk.channel.telegram;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.channel.slack.SlackTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CSAT in Telegram (WireMock as the Bot API): an agent resolves the handoff, the customer gets exactly one
 * {@code sendMessage} with five score buttons ({@code csat:<id>:<score>}); a press stores the score and marks it,
 * the same update delivered twice counts once, a press by someone else is refused, the latest score wins.
 * Same context as {@link TelegramHandoffIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class})
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + TelegramHandoffIT.DESK)
class TelegramRatingIT {

    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void aResolvedHandoffSendsFiveScoreButtonsAndAPressIsStoredOnce() {
        long chat = telegram.nextChatId();
        var api = new HttpApi(port);
        say(chat, "/human");
        long conversation = Await.await(() -> jdbc.sql("""
                select id from conversation where channel = 'TELEGRAM' and external_key = :k and status = 'NEEDS_HUMAN'
                """).param("k", Long.toString(chat)).query(Long.class).optional(), o -> o.isPresent(), "the handoff").get();
        long ticket = Await.await(() -> ticketOf(api, conversation), t -> t != null, "the ticket");
        api.post("/api/tickets/" + ticket + "/reply", json("text", "Happy to help!", "agent", "Tom"), HttpApi.ADMIN);
        api.post("/api/tickets/" + ticket + "/resolve", json("agent", "Tom"), HttpApi.ADMIN);

        JsonNode request = Await.await(() -> ratingRequests(chat), r -> r.size() == 1, "the rating request").get(0);
        assertThat(request.get("text").asString()).startsWith("How did we do?");
        JsonNode buttons = request.get("reply_markup").get("inline_keyboard");
        assertThat(buttons).hasSize(1);
        assertThat(buttons.get(0)).hasSize(5);
        String data = buttons.get(0).get(0).get("callback_data").asString();
        assertThat(data).matches("csat:\\d+:1");
        long requestId = Long.parseLong(data.split(":")[1]);
        for (int i = 0; i < 5; i++) {
            assertThat(buttons.get(0).get(i).get("callback_data").asString()).isEqualTo("csat:" + requestId + ":" + (i + 1));
        }
        int messageId = telegram.acceptedTo(chat).stream().filter(s -> s.text().startsWith("How did we do?"))
                .findFirst().orElseThrow().messageId();

        // pressed 4, and Telegram delivers that update twice in one batch: it counts once
        double repeatedBefore = repeated();
        ObjectNode four = press(chat, chat, messageId, "csat:" + requestId + ":4");
        telegram.pushAll(List.of(four, four.deepCopy()));
        Await.await(() -> score(requestId), s -> Integer.valueOf(4).equals(s), "the score stored");
        Await.await(this::repeated, r -> r == repeatedBefore + 1, "the second delivery recognised");
        Await.await(() -> telegram.calls("editMessageReplyMarkup"),
                c -> c.stream().anyMatch(b -> b.toString().contains("✅ 4")), "the chosen score marked");
        assertThat(telegram.calls("answerCallbackQuery").stream().map(JsonNode::toString))
                .anyMatch(b -> b.contains("Thank you for your rating"));

        // someone else's press (a forged callback) is refused; the customer's next press wins
        ObjectNode stranger = press(chat, chat + 1, messageId, "csat:" + requestId + ":1");
        telegram.push(stranger);
        Await.await(() -> telegram.acknowledged(stranger.get("update_id").asInt()), a -> a, "the stranger's press taken");
        ObjectNode two = press(chat, chat, messageId, "csat:" + requestId + ":2");
        telegram.push(two);
        Await.await(() -> score(requestId), s -> Integer.valueOf(2).equals(s), "the later score");
        assertThat(jdbc.sql("select agent from csat where id = :id").param("id", requestId).query(String.class).single())
                .isEqualTo("Tom");
        assertThat(ratingRequests(chat)).hasSize(1);
    }

    private ObjectNode press(long chat, long from, int messageId, String data) {
        ObjectNode update = telegram.fixture("callback-vote.json", 5550001, chat);
        var query = (ObjectNode) update.get("callback_query");
        query.put("data", data);
        query.put("id", "cb-" + update.get("update_id").asInt());
        ((ObjectNode) query.get("from")).put("id", from);
        ((ObjectNode) query.get("message")).put("message_id", messageId);
        return update;
    }

    private double repeated() {
        var counter = meters.find("answerdesk.csat.ratings").tags("channel", "TELEGRAM", "outcome", "REPEATED").counter();
        return counter == null ? 0 : counter.count();
    }

    private Integer score(long requestId) {
        return (Integer) jdbc.sql("select score::int as score from csat where id = :id").param("id", requestId).query()
                .singleRow().get("score");
    }

    private List<JsonNode> ratingRequests(long chat) {
        return telegram.messagesTo(chat).stream().filter(m -> m.toString().contains("csat:")).toList();
    }

    private static Long ticketOf(HttpApi api, long conversation) {
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == conversation) {
                return t.get("id").asLong();
            }
        }
        return null;
    }

    private void say(long chat, String text) {
        ObjectNode update = telegram.fixture("private-text.json", 5550001, chat);
        ((ObjectNode) update.get("message")).put("text", text);
        telegram.push(update);
        Await.await(() -> telegram.acknowledged(update.get("update_id").asInt()), a -> a, "the update acknowledged");
    }
}
