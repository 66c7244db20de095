package org.answerdesk.channel.web;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Choices in the web chat API: an unsure question's reply carries the choices and their payloads, a press posted as
 * {@code choice} gets the entry's answer (again the same answer when pressed twice), another session's press and a
 * malformed one are refused with a clear status, "Something else" hands over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChoicesIT {

    static final String UNSURE = "money back";

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
    void aPressedChoiceGetsTheEntrysAnswerOnce() {
        String s = "c-" + UUID.randomUUID();
        JsonNode offer = api.post("/api/chat", json("session_id", s, "message", UNSURE)).json();
        assertThat(offer.get("choices").size()).isEqualTo(3);
        // the three refund entries, most likely first; the one pressed is the refund's timing
        JsonNode first = null;
        for (JsonNode c : offer.get("choices")) {
            if (c.get("question").asString().equals("How long does a refund take?")) {
                first = c;
            }
        }
        assertThat(first).as(offer.toString()).isNotNull();
        assertThat(first.get("payload").asString())
                .isEqualTo("pick:" + offer.get("message_id").asLong() + ":" + first.get("entry_id").asLong());
        assertThat(offer.get("something_else").asString()).isEqualTo("pick:" + offer.get("message_id").asLong() + ":else");

        var answer = api.post("/api/chat", json("session_id", s, "choice", first.get("payload").asString()));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("source").asString()).isEqualTo("FAQ");
        assertThat(answer.json().get("reply").asString()).contains("we check it within 3 business days");
        assertThat(answer.json().get("choices").size()).isZero();

        var again = api.post("/api/chat", json("session_id", s, "choice", first.get("payload").asString()));
        assertThat(again.status()).as("the same press again: the same answer").isEqualTo(200);
        assertThat(again.json().get("message_id").asLong()).isEqualTo(answer.json().get("message_id").asLong());

        String otherPayload = offer.get("choices").get(0).get("payload").asString().equals(first.get("payload").asString())
                ? offer.get("choices").get(1).get("payload").asString() : offer.get("choices").get(0).get("payload").asString();
        var other = api.post("/api/chat", json("session_id", s, "choice", otherPayload));
        assertThat(other.status()).as("the offer was answered").isEqualTo(409);

        JsonNode history = api.get("/api/chat/" + s + "/history").json();
        assertThat(history.toString()).contains("How long does a refund take?").doesNotContain("\"customer\":\"pick:");
    }

    @Test
    void aStrangersOrMalformedPressIsRefused() {
        String owner = "o-" + UUID.randomUUID();
        JsonNode offer = api.post("/api/chat", json("session_id", owner, "message", UNSURE)).json();
        String payload = offer.get("choices").get(0).get("payload").asString();

        var stranger = api.post("/api/chat", json("session_id", "x-" + UUID.randomUUID(), "choice", payload));
        assertThat(stranger.status()).isEqualTo(409);
        var malformed = api.post("/api/chat", json("session_id", owner, "choice", "pick:1:2:3"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("choice must be the payload");
        var both = api.post("/api/chat", json("session_id", owner, "choice", payload, "message", "hi"));
        assertThat(both.status()).isEqualTo(400);

        assertThat(api.post("/api/chat", json("session_id", owner, "choice", payload)).status())
                .as("the owner's offer is still open").isEqualTo(200);
    }

    @Test
    void somethingElseHandsOver() {
        String s = "e-" + UUID.randomUUID();
        JsonNode offer = api.post("/api/chat", json("session_id", s, "message", UNSURE)).json();
        JsonNode handoff = api.post("/api/chat", json("session_id", s, "choice", offer.get("something_else").asString()))
                .json();
        assertThat(handoff.get("needs_human").asBoolean()).isTrue();
        assertThat(jdbc.sql("select count(*) from handoff where conversation_id = :c and resolved_at is null")
                .param("c", offer.get("conversation_id").asLong()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void talkToAPersonIsAPressNotASentence() {
        String s = "c-" + UUID.randomUUID();
        var reply = api.post("/api/chat", json("session_id", s, "choice", "human"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("needs_human").asBoolean()).isTrue();
        assertThat(reply.json().get("reply").asString()).startsWith("A person from our team");
        assertThat(jdbc.sql("""
                select m.intent from message m join conversation c on c.id = m.conversation_id
                where c.channel = 'WEB' and c.external_key = :k and m.direction = 'IN'
                """).param("k", s).query(String.class).list()).containsExactly("HUMAN");
        assertThat(api.post("/api/chat", json("session_id", s, "choice", "a person please")).status())
                .isEqualTo(400);
    }
}
