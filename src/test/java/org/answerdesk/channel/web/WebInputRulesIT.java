package org.answerdesk.channel.web;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One rule for a web session id on every route: a session the chat accepts can also be read back through the
 * routes that name it in their path, so an agent's reply always reaches it; the length limit counts characters
 * as people do (an emoji is one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebInputRulesIT {

    @LocalServerPort
    int port;

    @Test
    void aSessionIdThePathRoutesCannotCarryIsRefusedByTheChatToo() {
        HttpApi api = new HttpApi(port);
        for (String session : new String[] {"abc/def/ghi", "<script>x</script>", "sess.ion:with?query", "a%2Fb%2Fc%2Fd"}) {
            var r = api.post("/api/chat", json("session_id", session, "message", "How do I reset my password?"));
            assertThat(r.status()).as(session).isEqualTo(400);
            assertThat(r.json().get("error").asString()).as(session).contains("session_id must be");
            assertThat(api.post("/api/reset", json("session_id", session)).status()).as(session).isEqualTo(400);
        }
        String good = "web-" + UUID.randomUUID();
        assertThat(api.post("/api/chat", json("session_id", good, "message", "How do I reset my password?")).status())
                .isEqualTo(200);
        assertThat(api.get("/api/chat/" + good + "/history").json()).hasSize(2);
        assertThat(api.get("/api/chat/" + good + "/messages?after=0").status()).isEqualTo(200);
    }

    @Test
    void theLengthLimitCountsCharactersNotUtf16Units() {
        HttpApi api = new HttpApi(port);
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units; the limit is 4000 characters
        var fits = api.post("/api/chat", json("session_id", "len-" + UUID.randomUUID(), "message", emoji.repeat(2001)));
        assertThat(fits.status()).as(fits.body()).isEqualTo(200);

        var over = api.post("/api/chat", json("session_id", "len-" + UUID.randomUUID(), "message", emoji.repeat(4001)));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("error").asString()).contains("4001 characters");
    }
}
