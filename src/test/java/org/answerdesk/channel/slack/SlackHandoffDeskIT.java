package org.answerdesk.channel.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.answerdesk.Await.await;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.Settled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.node.ObjectNode;

/**
 * Slack as the agents' desk, end to end with a web customer: a handoff opens a thread in the handoff channel,
 * the customer's next message is appended, a staff reply in the thread reaches the customer, 📌 on it teaches
 * the FAQ, ✅ resolves and the bot answers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + SlackHandoffDeskIT.DESK)
class SlackHandoffDeskIT {

    static final String DESK = "C0DESK0001";
    static final String STAFF = "U0STAFF001";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWebCustomerIsHelpedFromTheSlackDeskAndThePinnedAnswerJoinsTheFaqOnceTheOwnerApprovesIt() {
        HttpApi api = new HttpApi(port);
        String session = "desk-" + UUID.randomUUID();
        int before = SlackTestServer.postedTo(DESK).size();

        var first = api.askWithoutAnAnswer(session, "Do you appraise antique pocket watches?").json();
        assertThat(first.get("needs_human").asBoolean()).isTrue();

        Map<String, String> opened =
                SlackTestServer.awaitPostTo(DESK, before, "Handoff #", "on web", "antique pocket watches");
        String deskTs = opened.get("response_ts");

        // a further miss while the conversation waits: the team has it (said once), the message goes to the thread
        var acknowledged = api.post("/api/chat", json("session_id", session, "message",
                "It was my grandfather's watch, from 1910 <!channel>"));
        assertThat(acknowledged.json().get("reply").asString()).contains("the team has your message");
        var appended = await(() -> threadPosts(deskTs), p -> !p.isEmpty(), "the customer's message in the thread");
        assertThat(appended.get(0).get("text")).contains("*Customer:* It was my grandfather's watch, from 1910 &lt;!channel&gt;");
        // no person has written yet: the bot still answers from the FAQ, and the thread shows its answer
        var answered = api.post("/api/chat", json("session_id", session, "message", "How can I reset my password?"));
        assertThat(answered.json().get("source").asString()).isEqualTo("FAQ");
        await(() -> threadPosts(deskTs), p -> p.stream().anyMatch(m -> m.get("text").contains("(answered by the bot)")
                && m.get("text").contains("reset link")), "the bot's answer in the thread");

        String staffTs = SlackFixtures.now() + ".000777";
        SlackFixtures.deliver(port, staffMessage(deskTs, staffTs, "We don't repair watches &amp; clocks, sorry: try a local watchmaker."));
        var shown = await(() -> agentMessages(api, session), m -> !m.isEmpty(), "the agent's reply in the web chat");
        assertThat(shown.get(0)).isEqualTo("We don't repair watches & clocks, sorry: try a local watchmaker.");

        // a redelivery of the staff message (same ts), even under a new event id, does not send it twice
        var again = staffMessage(deskTs, staffTs, "We don't repair watches &amp; clocks, sorry: try a local watchmaker.");
        again.put("event_id", "Ev" + deskTs.replace(".", "") + "staff");
        SlackFixtures.deliver(port, again);
        SlackFixtures.deliver(port, again, "X-Slack-Retry-Num", "1");
        // a staff message is relayed before Slack gets its ack: what is left is the web conversation's outbox
        Settled.await(jdbc, "select id from conversation where channel = 'WEB' and external_key = :s",
                Map.of("s", session), "the web conversation " + session);
        assertThat(agentMessages(api, session)).hasSize(1); // one Slack message (channel and ts), one delivery

        // a pin recommends the reply for the FAQ; the owner publishes it, in the shop's words
        int beforePin = SlackTestServer.postedTo(DESK).size();
        SlackFixtures.deliver(port, reaction(staffTs, "pushpin"));
        SlackTestServer.awaitPostTo(DESK, beforePin, "Proposed for the FAQ");
        var pinned = api.get("/api/faq/candidates", HttpApi.ADMIN).json().get(0);
        assertThat(pinned.get("pinned").asBoolean()).isTrue();
        assertThat(api.get("/api/faq", HttpApi.ADMIN).body()).doesNotContain("antique pocket watches");
        var approved = api.post("/api/faq/candidates/" + pinned.get("id").asLong() + "/approve",
                json("question", "Do you repair pocket watches?", "answer", pinned.get("answer").asString()),
                HttpApi.ADMIN);
        try {
            assertThat(approved.status()).isEqualTo(200);
            await(() -> api.post("/api/chat", json("session_id", "other-" + UUID.randomUUID(),
                            "message", "Can you fix my old pocket watch?")).json().get("reply").asString(),
                    r -> r.contains("local watchmaker"), "the agent's answer served from the FAQ");
        } finally {
            // the context's other classes hand the pocket-watch question over as one the FAQ cannot answer
            if (approved.status() == 200) {
                api.delete("/api/faq/" + approved.json().get("id").asLong(), HttpApi.ADMIN);
            }
        }

        SlackFixtures.deliver(port, reaction(deskTs, "white_check_mark"));
        await(() -> api.get("/api/chat/" + session + "/messages?after=0").body(),
                b -> b.contains("marked this conversation as resolved"), "the closing message");
        var back = api.post("/api/chat", json("session_id", session, "message", "How do I reset my password?")).json();
        assertThat(back.get("source").asString()).isEqualTo("FAQ");
    }

    @Test
    void aHandoffKeepsItsDeskThreadWhenSlackFirstAnswersWithARateLimitAndThenA503() {
        HttpApi api = new HttpApi(port);
        String session = "desk-retry-" + UUID.randomUUID();
        String marker = "sundial" + Math.abs(session.hashCode());
        SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(containing(marker)).inScenario(marker).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("limited"));
        SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(containing(marker)).inScenario(marker).whenScenarioStateIs("limited")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));

        var first = api.post("/api/chat", json("session_id", session,
                "message", "I want to talk to a person about my " + marker + " order")).json();
        assertThat(first.get("needs_human").asBoolean()).as(first.toString()).isTrue();

        var tries = await(() -> SlackTestServer.postedTo(DESK).stream()
                .filter(p -> p.getOrDefault("text", "").contains(marker)).toList(),
                p -> p.size() == 3 && p.get(2).containsKey("response_ts"), "the summary posted on the third try");
        assertThat(tries).allMatch(p -> p.get("text").contains("Handoff #") && !p.containsKey("thread_ts"));
        assertThat(tries.subList(0, 2)).noneMatch(p -> p.containsKey("response_ts"));

        String deskTs = tries.get(2).get("response_ts");
        api.post("/api/chat", json("session_id", session, "message", "They are made of brass"));
        var appended = await(() -> threadPosts(deskTs), p -> !p.isEmpty(), "the customer's message in that thread");
        assertThat(appended.get(0).get("text")).contains("*Customer:* They are made of brass");
    }

    private static List<Map<String, String>> threadPosts(String deskTs) {
        return SlackTestServer.postedTo(DESK).stream().filter(p -> deskTs.equals(p.get("thread_ts"))).toList();
    }

    private static List<String> agentMessages(HttpApi api, String session) {
        List<String> out = new ArrayList<>();
        api.get("/api/chat/" + session + "/messages?after=0").json().forEach(m -> {
            if ("AGENT".equals(m.get("source").asString())) {
                out.add(m.get("reply").asString());
            }
        });
        return out;
    }

    private static ObjectNode staffMessage(String threadTs, String ts, String text) {
        return SlackFixtures.threadMessage(DESK, threadTs, ts, STAFF, text);
    }

    private static ObjectNode reaction(String ts, String name) {
        return SlackFixtures.reactionAdded(DESK, ts, STAFF, name);
    }

}
