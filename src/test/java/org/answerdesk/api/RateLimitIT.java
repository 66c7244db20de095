package org.answerdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Per-client rate limits on the public endpoints, with a small budget (a burst of 3, one more a minute). Each test
 * sends from its own loopback address, so each is a client of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.api.rate-limit.per-minute=1", "answerdesk.api.rate-limit.burst=3",
        "answerdesk.api.rate-limit.polls-per-minute=4"})
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class RateLimitIT {

    static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Test
    void overItsBudgetAClientGets429WithRetryAfterOnChatFeedbackAndReset() {
        var client = new RawHttp(port, "127.0.0.2");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(client.send("POST", "/api/reset", JSON, reset("client-two-session")).status());
        }
        assertThat(statuses).containsOnly(200);

        var refused = client.send("POST", "/api/chat", JSON,
                HttpApi.json("session_id", "client-two-session", "message", "How can I reset my password?"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().get("retry-after"))).isBetween(1L, 60L);
        assertThat(refused.headers().get("content-type")).startsWith(JSON);
        assertThat(refused.body()).contains("\"status\":429").contains("too many requests");
        assertThat(client.send("POST", "/api/feedback", JSON, HttpApi.json("session_id", "client-two-session",
                "message_id", 1L, "vote", "up")).status()).isEqualTo(429);
        assertThat(client.send("POST", "/api/chat/rating", JSON, HttpApi.json("session_id", "client-two-session",
                "request_id", 1L, "score", 5)).status()).isEqualTo(429);
        assertThat(client.send("POST", "/api/reset", JSON, reset("client-two-session")).status()).isEqualTo(429);
    }

    /** A session's file downloads have a budget of their own: the burst, then 429; chatting is not charged. */
    @Test
    void sessionFileDownloadsAreRateLimitedApartFromTheChat() {
        var client = new RawHttp(port, "127.0.0.9");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(client.send("GET", "/api/chat/download-session/files/" + (i + 1), null, "").status());
        }
        assertThat(statuses).as("no such files, but served").containsOnly(404);
        var refused = client.send("GET", "/api/chat/download-session/files/4", null, "");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().get("retry-after"))).isBetween(1L, 60L);
        assertThat(client.send("POST", "/api/reset", JSON, reset("download-session")).status())
                .as("the chat's own budget is untouched").isEqualTo(200);
    }

    @Test
    void anotherClientKeepsItsOwnBudget() {
        var greedy = new RawHttp(port, "127.0.0.3");
        for (int i = 0; i < 4; i++) {
            greedy.send("POST", "/api/reset", JSON, reset("client-three-session"));
        }
        assertThat(greedy.send("POST", "/api/reset", JSON, reset("client-three-session")).status()).isEqualTo(429);

        var answer = new RawHttp(port, "127.0.0.4").send("POST", "/api/chat", JSON,
                HttpApi.json("session_id", "client-four-session", "message", "How can I reset my password?"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"source\":\"FAQ\"");
    }

    @Test
    void aForgedXForwardedForBuysNoFreshBudget() {
        // without server.forward-headers-strategy the header is the client's word, not its address
        var client = new RawHttp(port, "127.0.0.5");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(client.send("POST", "/api/reset", JSON, reset("client-five-session"),
                    "X-Forwarded-For", "203.0.113." + i).status());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
    }

    @Test
    void pollingHasItsOwnBudgetAndTheAdminApiIsNotLimitedHere() {
        var client = new RawHttp(port, "127.0.0.6");
        for (int i = 0; i < 4; i++) {
            client.send("POST", "/api/reset", JSON, reset("client-six-session"));
        }
        assertThat(client.send("POST", "/api/reset", JSON, reset("client-six-session")).status()).isEqualTo(429);

        assertThat(client.send("GET", "/api/chat/client-six-session/messages", null, "").status()).isEqualTo(200);
        List<Integer> admin = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            admin.add(client.send("GET", "/api/faq/1", null, "", HttpApi.ADMIN).status());
        }
        assertThat(admin).doesNotContain(429);
        List<Integer> polls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            polls.add(client.send("GET", "/api/chat/client-six-session/messages", null, "").status());
        }
        assertThat(polls).as("the poll budget is a burst of 3 too").endsWith(429);
    }

    private static String reset(String session) {
        return HttpApi.json("session_id", session);
    }
}
