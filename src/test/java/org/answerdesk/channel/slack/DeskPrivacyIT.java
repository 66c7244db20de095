package org.answerdesk.channel.slack;

import org.answerdesk.ReadsTheLog;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A web customer's session id reads and writes their conversation, so no one else may see it: not the desk
 * channel, not the tickets API the admin page shows, not the log. Staff see the conversation's number instead.
 * Same configuration as {@link SlackHandoffDeskIT}, so the two share one application.
 */
@ReadsTheLog
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + SlackHandoffDeskIT.DESK)
@ExtendWith(OutputCaptureExtension.class)
class DeskPrivacyIT {

    @LocalServerPort
    int port;

    @Test
    void staffSeeTheConversationNumberAndNeverTheWebSessionId(CapturedOutput log) {
        HttpApi api = new HttpApi(port);
        String session = "secret-" + UUID.randomUUID();
        int before = SlackTestServer.postedTo(SlackHandoffDeskIT.DESK).size();

        var first = api.post("/api/chat", json("session_id", session,
                "message", "I'd like to talk to a person about my tortoiseshell comb")).json();
        assertThat(first.get("needs_human").asBoolean()).as(first.toString()).isTrue();
        long conversation = first.get("conversation_id").asLong();
        api.post("/api/chat", json("session_id", session, "message", "It arrived broken"));

        var summary = SlackTestServer.awaitPostTo(SlackHandoffDeskIT.DESK, before, "Handoff #", "tortoiseshell comb");
        assertThat(summary.get("text")).doesNotContain(session)
                .contains("web visitor (conversation " + conversation + ") on web");

        String tickets = api.get("/api/tickets", HttpApi.ADMIN).body();
        assertThat(tickets).contains("tortoiseshell comb").doesNotContain(session)
                .contains("\"customer\":\"web visitor (conversation " + conversation + ")\"");
        long ticket = api.get("/api/tickets", HttpApi.ADMIN).json().valueStream()
                .filter(t -> t.get("conversation_id").asLong() == conversation).findFirst().orElseThrow()
                .get("id").asLong();
        assertThat(api.get("/api/tickets/" + ticket, HttpApi.ADMIN).body()).doesNotContain(session);

        assertThat(api.post("/api/tickets/" + ticket + "/resolve", "{}", HttpApi.ADMIN).status()).isEqualTo(200);
        assertThat(log.getAll()).contains("handoff " + ticket).doesNotContain(session);
    }
}
