package org.answerdesk.channel.slack;

import static org.answerdesk.channel.slack.SlackFixtures.deliverAction;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * CSAT in Slack (WireMock as the Web API): an agent resolves a DM customer's handoff, the customer gets exactly
 * one {@code chat.postMessage} whose blocks carry five score buttons; a signed {@code block_actions} press stores
 * the score, the same action delivered again counts once, a press by someone else is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
class SlackRatingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void aResolvedHandoffPostsFiveScoreButtonsAndAPressIsStoredOnce() {
        String dm = "D" + SlackFixtures.fresh();
        var api = new HttpApi(port);
        var message = SlackFixtures.json("message_im.json");
        message.put("event_id", "Ev" + SlackFixtures.fresh());
        SlackFixtures.event(message).put("channel", dm).put("text", "I'd like to talk to a human please")
                .put("ts", SlackFixtures.now() + ".000100");
        assertThat(SlackFixtures.deliver(port, message).status()).isEqualTo(200);
        String key = "T0ACME0001:" + dm;
        long conversation = Await.await(() -> jdbc.sql("""
                select id from conversation where channel = 'SLACK' and external_key = :k and status = 'NEEDS_HUMAN'
                """).param("k", key).query(Long.class).optional(), o -> o.isPresent(), "the handoff").get();
        long ticket = Await.await(() -> ticketOf(api, conversation), t -> t != null, "the ticket");
        api.post("/api/tickets/" + ticket + "/reply", json("text", "Sure, what's up?", "agent", "Sam"), HttpApi.ADMIN);
        api.post("/api/tickets/" + ticket + "/resolve", json("agent", "Sam"), HttpApi.ADMIN);

        Map<String, String> post = Await.await(() -> ratingPosts(dm), p -> p.size() == 1, "the rating request").get(0);
        assertThat(post.get("text")).startsWith("How did we do?");
        JsonNode blocks = JSON.readTree(post.get("blocks"));
        JsonNode actions = blocks.get(1);
        assertThat(actions.get("type").asString()).isEqualTo("actions");
        assertThat(actions.get("elements")).hasSize(5);
        String first = actions.get("elements").get(0).get("action_id").asString();
        long requestId = Long.parseLong(first.split(":")[1]);
        for (int i = 0; i < 5; i++) {
            assertThat(actions.get("elements").get(i).get("action_id").asString())
                    .isEqualTo("csat:" + requestId + ":" + (i + 1));
        }

        double repeatedBefore = repeated();
        ObjectNode four = press(dm, "U0STAFF001", requestId, 4, "1718000210.123456");
        assertThat(deliverAction(port, four).status()).isEqualTo(200);
        assertThat(score(requestId)).isEqualTo(4);
        assertThat(deliverAction(port, four).status()).as("the same action again").isEqualTo(200);
        assertThat(repeated()).isEqualTo(repeatedBefore + 1);
        assertThat(score(requestId)).isEqualTo(4);

        assertThat(deliverAction(port, press(dm, "U0SOMEONE9", requestId, 1, "1718000220.000001")).status()).isEqualTo(200);
        assertThat(score(requestId)).as("not the customer's press").isEqualTo(4);
        deliverAction(port, press(dm, "U0STAFF001", requestId, 5, "1718000230.000001"));
        assertThat(score(requestId)).isEqualTo(5);
        assertThat(SlackTestServer.API.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/api/chat.postEphemeral"))
                .map(e -> java.net.URLDecoder.decode(e.getRequest().getBodyAsString(), StandardCharsets.UTF_8)).toList())
                .anyMatch(b -> b.contains("Thank you for your rating! (4/5)"))
                .anyMatch(b -> b.contains("not yours") && b.contains("U0SOMEONE9"));
        assertThat(ratingPosts(dm)).hasSize(1);
    }

    private static ObjectNode press(String dm, String user, long requestId, int score, String actionTs) {
        ObjectNode payload = SlackFixtures.json("block_actions_csat.json");
        ((ObjectNode) payload.get("user")).put("id", user);
        ((ObjectNode) payload.get("channel")).put("id", dm);
        ((ObjectNode) payload.get("container")).put("channel_id", dm);
        var action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", "csat:" + requestId + ":" + score).put("block_id", "csat:" + requestId)
                .put("value", Integer.toString(score)).put("action_ts", actionTs);
        return payload;
    }


    private double repeated() {
        var counter = meters.find("answerdesk.csat.ratings").tags("channel", "SLACK", "outcome", "REPEATED").counter();
        return counter == null ? 0 : counter.count();
    }

    private Integer score(long requestId) {
        return (Integer) jdbc.sql("select score::int as score from csat where id = :id").param("id", requestId).query()
                .singleRow().get("score");
    }

    private static List<Map<String, String>> ratingPosts(String dm) {
        return SlackTestServer.postedTo(dm).stream().filter(p -> p.getOrDefault("blocks", "").contains("csat:")).toList();
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
