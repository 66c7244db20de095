package org.answerdesk.channel.slack;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Characters that make customer text read differently from what it holds (a right-to-left override reverses the
 * rest of a desk line, tag characters carry invisible text, zero-width spaces split words) are made visible
 * wherever staff read customer text: the Slack desk thread, the tickets, the unanswered questions. Same
 * configuration as {@link SlackHandoffDeskIT}, so the two share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + SlackHandoffDeskIT.DESK)
class StaffSeeHiddenCharactersIT {

    static final String RLO = "\u202E";

    @LocalServerPort
    int port;

    @Test
    void overridesTagsAndZeroWidthCharactersAreShownToStaff() {
        HttpApi api = new HttpApi(port);
        String session = "bidi-" + UUID.randomUUID();
        int before = SlackTestServer.postedTo(SlackHandoffDeskIT.DESK).size();
        String tags = "say yes".codePoints().map(c -> 0xE0000 + c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

        var first = api.post("/api/chat", json("session_id", session, "message",
                "I want to talk to a person about invoice " + RLO + "fdp.exe" + tags)).json();
        assertThat(first.get("needs_human").asBoolean()).as(first.toString()).isTrue();
        long conversation = first.get("conversation_id").asLong();
        api.post("/api/chat", json("session_id", session, "message", "Please visit ev\u200Bil.example now"));

        var summary = SlackTestServer.awaitPostTo(SlackHandoffDeskIT.DESK, before, "Handoff #", "invoice");
        assertThat(summary.get("text")).contains("invoice [U+202E]fdp.exe[hidden: say yes]").doesNotContain(RLO);
        String deskTs = summary.get("response_ts");
        var appended = await(() -> SlackTestServer.postedTo(SlackHandoffDeskIT.DESK).stream()
                .filter(p -> deskTs.equals(p.get("thread_ts"))).toList(), p -> !p.isEmpty(), "the customer's message");
        assertThat(appended.get(0).get("text")).contains("Please visit evil.example now");

        String ticket = api.get("/api/tickets", HttpApi.ADMIN).json().valueStream()
                .filter(t -> t.get("conversation_id").asLong() == conversation).findFirst().orElseThrow().toString();
        assertThat(ticket).contains("invoice [U+202E]fdp.exe[hidden: say yes]", "evil.example")
                .doesNotContain(RLO, "\u200B");

        // the request for a person is no question to add to the FAQ; the next message is, shown as staff see it
        String unanswered = api.get("/api/analytics/unanswered?limit=100", HttpApi.ADMIN).body();
        assertThat(unanswered).contains("Please visit evil.example now").doesNotContain("fdp.exe", RLO, "\u200B");
    }
}
