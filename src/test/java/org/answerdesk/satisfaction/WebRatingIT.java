package org.answerdesk.satisfaction;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * CSAT for a web customer through the HTTP API: an agent resolves the handoff, the customer gets exactly one
 * rating request (chips), a score is stored and a later one replaces it, a request of another session, a wrong
 * score and an expired request are refused, a second resolution asks no more, and analytics counts the rating
 * per channel and per agent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebRatingIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void aResolvedHandoffAsksOnceAndTheLatestScoreCounts() {
        String session = "csat-" + UUID.randomUUID();
        String agent = "Ann-" + UUID.randomUUID().toString().substring(0, 6);
        long handoff = handOff(session);
        api.post("/api/tickets/" + handoff + "/reply", json("text", "Here is what we can do for you.", "agent", agent),
                HttpApi.ADMIN);
        assertThat(api.post("/api/tickets/" + handoff + "/resolve", json("agent", "Bob"), HttpApi.ADMIN).status())
                .isEqualTo(200);

        List<JsonNode> ratings = ratingRequests(session);
        assertThat(ratings).hasSize(1);
        JsonNode request = ratings.get(0);
        assertThat(request.get("reply").asString()).startsWith("How did we do?");
        assertThat(request.get("rating").get("scores").toString()).isEqualTo("[1,2,3,4,5]");
        long requestId = request.get("rating").get("request_id").asLong();
        List<String> sources = new ArrayList<>();
        api.get("/api/chat/" + session + "/messages?after=0").json().forEach(m -> sources.add(m.get("reply").asString()));
        assertThat(sources.get(sources.size() - 2)).as("the closing notice comes first").contains("resolved");

        // another session cannot rate it; a score out of range is a 400
        assertThat(rate("someone-else-" + UUID.randomUUID(), requestId, 5).status()).isEqualTo(404);
        assertThat(rate(session, requestId, 6).status()).isEqualTo(400);
        assertThat(rate(session, 99_999_999L, 3).status()).isEqualTo(404);
        assertThat(row(requestId).get("score")).isNull();

        var first = rate(session, requestId, 5);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("thanks").asString()).contains("Thank you");
        assertThat(row(requestId)).containsEntry("score", 5).containsEntry("agent", agent)
                .containsEntry("resolved_by", "Bob").containsEntry("channel", "WEB");
        assertThat(rate(session, requestId, 2).status()).isEqualTo(200);
        assertThat(row(requestId)).containsEntry("score", 2);
        assertThat(jdbc.sql("select count(*) from csat where id = :id").param("id", requestId).query(Long.class)
                .single()).isEqualTo(1);

        // at most one request per conversation: a second handoff in it, resolved, asks nothing more
        long again = handOff(session);
        api.post("/api/tickets/" + again + "/resolve", json("agent", "Bob"), HttpApi.ADMIN);
        assertThat(ratingRequests(session)).hasSize(1);

        JsonNode csat = api.get("/api/analytics", HttpApi.ADMIN).json().get("csat");
        JsonNode byAgent = csat.get("by_agent").get(agent);
        assertThat(byAgent.get("requested").asLong()).isEqualTo(1);
        assertThat(byAgent.get("rated").asLong()).isEqualTo(1);
        assertThat(byAgent.get("average").asDouble()).isEqualTo(2.0);
        assertThat(byAgent.get("satisfied_share").asDouble()).isEqualTo(0.0);
        assertThat(csat.get("by_channel").get("WEB").get("rated").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(csat.get("overall").get("rated").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode webOnly = api.get("/api/analytics?channel=telegram", HttpApi.ADMIN).json().get("csat");
        assertThat(webOnly.get("by_channel").has("WEB")).isFalse();
    }

    @Test
    void anExpiredRequestIsRefused() {
        String session = "csat-old-" + UUID.randomUUID();
        long handoff = handOff(session);
        api.post("/api/tickets/" + handoff + "/resolve", json("agent", "Bob"), HttpApi.ADMIN);
        long requestId = ratingRequests(session).get(0).get("rating").get("request_id").asLong();
        jdbc.sql("update csat set expires_at = now() - interval '1 minute' where id = :id").param("id", requestId).update();

        assertThat(rate(session, requestId, 4).status()).isEqualTo(410);
        assertThat(row(requestId).get("score")).isNull();
    }

    private long handOff(String session) {
        JsonNode r = api.post("/api/chat", json("session_id", session, "message", "I'd like to talk to a human please")).json();
        long conversation = r.get("conversation_id").asLong();
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == conversation) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError("no ticket for " + session);
    }

    private HttpApi.Response rate(String session, long requestId, int score) {
        return api.post("/api/chat/rating", json("session_id", session, "request_id", requestId, "score", score));
    }

    private List<JsonNode> ratingRequests(String session) {
        List<JsonNode> out = new ArrayList<>();
        api.get("/api/chat/" + session + "/messages?after=0").json().forEach(m -> {
            if (m.hasNonNull("rating")) {
                out.add(m);
            }
        });
        return out;
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select score, agent, resolved_by, channel from csat where id = :id").param("id", id)
                .query().singleRow();
    }
}
