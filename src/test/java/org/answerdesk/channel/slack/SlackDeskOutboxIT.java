package org.answerdesk.channel.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Desk posts go through the outbox like replies (WireMock as Slack, the context of {@link SlackHandoffDeskIT}):
 * retried with back-off and sent once, in order per handoff while the summary is held up, and given up at once
 * when Slack refuses them for good.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + SlackHandoffDeskIT.DESK)
class SlackDeskOutboxIT {

    static final String DESK = SlackHandoffDeskIT.DESK;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeskPostThatFailsIsRetriedWithBackOffAndSentOnce() {
        String marker = "astrolabe" + Math.abs(UUID.randomUUID().hashCode());
        failTwice(marker);

        long conversation = handOff(marker);

        var tries = await(() -> calls(marker), c -> c.size() == 3 && ok(c.get(2)), "the summary posted on the third try");
        assertThat(tries.subList(0, 2)).noneMatch(SlackDeskOutboxIT::ok);
        // back-off of the test context: 200 ms after the first failure, 400 ms after the second
        assertThat(gap(tries.get(0), tries.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(gap(tries.get(1), tries.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        var summary = await(() -> deskPost(conversation, "SUMMARY"), p -> "SENT".equals(p.get("status")), "the post marked sent");
        assertThat(summary.get("attempts")).isEqualTo(3);
        assertThat(calls(marker)).hasSize(3); // marked sent, it is not posted again
        assertThat(jdbc.sql("select desk_ref from handoff where conversation_id = :c").param("c", conversation)
                .query(String.class).single()).isEqualTo(summary.get("desk_ref")).startsWith(DESK + ":");
    }

    @Test
    void postsOfOneHandoffKeepTheirOrderWhileTheSummaryIsHeldUp() {
        HttpApi api = new HttpApi(port);
        String marker = "orrery" + Math.abs(UUID.randomUUID().hashCode());
        var down = SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(containing(marker)).withRequestBody(containing("Handoff"))
                .willReturn(aResponse().withStatus(503)));
        String session = "order-" + UUID.randomUUID();
        long conversation = handOff(api, session, marker);
        await(() -> calls(marker).size(), n -> n >= 2, "the summary refused twice");

        api.post("/api/chat", json("session_id", session, "message", "It has a brass case " + marker.length()));
        api.post("/api/chat", json("session_id", session, "message", "and an engraved lid"));
        await(() -> jdbc.sql("""
                select count(*) from desk_post p join handoff h on h.id = p.handoff_id
                where h.conversation_id = :c and p.kind = 'CUSTOMER'""").param("c", conversation)
                .query(Long.class).single(), n -> n == 2, "both customer messages stored for the desk");
        await(() -> calls(marker).size(), n -> n >= 4, "two more refusals of the summary");
        // stored and due, yet not posted: they wait for the thread the summary opens
        assertThat(SlackTestServer.postedTo(DESK)).noneMatch(p -> p.getOrDefault("text", "").contains("brass case"));

        SlackTestServer.API.removeStub(down);
        var summary = await(() -> calls(marker).stream().filter(SlackDeskOutboxIT::ok).toList(), s -> !s.isEmpty(),
                "the summary posted").get(0);
        String deskTs = SlackTestServer.postedTo(DESK).stream().filter(p -> p.getOrDefault("text", "").contains(marker)
                && p.containsKey("response_ts")).findFirst().orElseThrow().get("response_ts");
        var thread = await(() -> SlackTestServer.postedTo(DESK).stream()
                .filter(p -> deskTs.equals(p.get("thread_ts"))).toList(), t -> t.size() == 2, "both in the thread");
        assertThat(thread.get(0).get("text")).contains("*Customer:* It has a brass case");
        assertThat(thread.get(1).get("text")).contains("*Customer:* and an engraved lid");
        // the summary shows the transcript up to them, so nothing appears twice
        assertThat(summary.getRequest().getBodyAsString()).doesNotContain("brass");
    }

    @Test
    void aPermanentRefusalIsMarkedFailedAndNotRetried() {
        HttpApi api = new HttpApi(port);
        String marker = "clepsydra" + Math.abs(UUID.randomUUID().hashCode());
        SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(SlackTestServer.json("{\"ok\":false,\"error\":\"channel_not_found\"}")));
        String session = "refused-" + UUID.randomUUID();
        long conversation = handOff(api, session, marker);

        var summary = await(() -> deskPost(conversation, "SUMMARY"), p -> "FAILED".equals(p.get("status")), "the summary given up");
        assertThat(summary.get("last_error").toString()).contains("channel_not_found");
        assertThat(summary.get("attempts")).isEqualTo(1);

        // the handoff has no thread: a later customer message is given up too, without a call to Slack
        api.post("/api/chat", json("session_id", session, "message", "Hello, anyone there about the water clock?"));
        var customer = await(() -> deskPost(conversation, "CUSTOMER"), p -> "FAILED".equals(p.get("status")),
                "the customer post given up");
        assertThat(customer.get("last_error").toString()).contains("no desk thread");
        assertThat(calls(marker)).hasSize(1);
        assertThat(SlackTestServer.postedTo(DESK)).noneMatch(p -> p.getOrDefault("text", "").contains("water clock"));
    }

    private long handOff(String marker) {
        return handOff(new HttpApi(port), "retry-" + UUID.randomUUID(), marker);
    }

    private static long handOff(HttpApi api, String session, String marker) {
        var first = api.post("/api/chat", json("session_id", session,
                "message", "I want to talk to a person about my " + marker + " order")).json();
        assertThat(first.get("needs_human").asBoolean()).as(first.toString()).isTrue();
        return first.get("conversation_id").asLong();
    }

    /** The latest desk post of this kind for the conversation's handoff (empty map while there is none). */
    private Map<String, Object> deskPost(long conversation, String kind) {
        return jdbc.sql("""
                select p.status, p.attempts, p.last_error, p.desk_ref from desk_post p join handoff h on h.id = p.handoff_id
                where h.conversation_id = :c and p.kind = :k order by p.id desc limit 1""")
                .param("c", conversation).param("k", kind).query().listOfRows().stream().findFirst().orElse(Map.of());
    }

    private static void failTwice(String marker) {
        SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(containing(marker)).inScenario(marker).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("once"));
        SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(containing(marker)).inScenario(marker).whenScenarioStateIs("once")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
    }

    /** chat.postMessage calls whose text has the marker, oldest first. */
    static List<ServeEvent> calls(String marker) {
        return SlackTestServer.API.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/api/chat.postMessage"))
                .filter(e -> e.getRequest().getBodyAsString().contains(marker))
                .sorted(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
    }

    static boolean ok(ServeEvent call) {
        return call.getResponse().getStatus() == 200 && call.getResponse().getBodyAsString().contains("\"ok\":true");
    }

    private static Duration gap(ServeEvent earlier, ServeEvent later) {
        return Duration.ofMillis(later.getRequest().getLoggedDate().getTime() - earlier.getRequest().getLoggedDate().getTime());
    }
}
