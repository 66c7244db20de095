package org.answerdesk.conversation;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.language.Texts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A web chat that waits for a person (issue 61, class 5): until a person writes, every message gets a reply through
 * {@code POST /api/chat}, never a 202 with nothing to show; after a person wrote, one acknowledgement and quiet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WaitingForPersonIT {

    @LocalServerPort
    int port;
    @Autowired
    Texts texts;

    @Test
    void aWaitingConversationsSecondAndThirdMessagesGetAReply() {
        HttpApi api = new HttpApi(port);
        String s = "s-" + UUID.randomUUID();
        var handedOver = api.post("/api/chat", json("session_id", s, "message", "talk to a person"));
        assertThat(handedOver.json().get("needs_human").asBoolean()).isTrue();

        var second = api.post("/api/chat", json("session_id", s, "message", "hello?? anyone there"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("reply").asString())
                .isEqualTo(texts.text("conversation.waiting-ack", Locale.ENGLISH));
        var third = api.post("/api/chat", json("session_id", s, "message", "that's not what I asked"));
        assertThat(third.status()).as("never silence").isEqualTo(200);
        assertThat(third.json().get("reply").asString()).as("shorter after the first")
                .isEqualTo(texts.text("conversation.waiting-ack-again", Locale.ENGLISH));
        assertThat(third.json().get("needs_human").asBoolean()).isTrue();
        // a thanks gets a short you're-welcome, giving up sorry for the wait (issue 61), in the bundle's words
        var thanks = api.post("/api/chat", json("session_id", s, "message", "ok thanks"));
        assertThat(thanks.json().get("reply").asString())
                .isEqualTo(texts.text("conversation.waiting-welcome", Locale.ENGLISH));
        var givingUp = api.post("/api/chat", json("session_id", s, "message", "never mind, thanks anyway"));
        assertThat(givingUp.json().get("reply").asString())
                .isEqualTo(texts.text("conversation.waiting-bye", Locale.ENGLISH));
        assertThat(givingUp.json().get("needs_human").asBoolean()).as("the ticket stays open").isTrue();
    }

    /** Set 5 and 6: a person asked for in other words, then "how long will this take" got the delivery times. */
    @Test
    void howLongWhileWaitingIsTheWaitNotAnEntry() {
        HttpApi api = new HttpApi(port);
        String s = "s-" + UUID.randomUUID();
        var asked = api.post("/api/chat", json("session_id", s, "message", "is there an actual human i can talk to"));
        assertThat(asked.json().get("needs_human").asBoolean()).as("a person asked for").isTrue();

        var howLong = api.post("/api/chat", json("session_id", s, "message", "how long will this take"));
        assertThat(howLong.status()).isEqualTo(200);
        assertThat(howLong.json().get("source").asString()).isNotEqualTo("FAQ");
        assertThat(howLong.json().get("reply").asString())
                .isEqualTo(texts.text("conversation.waiting-ack", Locale.ENGLISH));
    }
}
