package org.answerdesk.channel.web;

import static org.answerdesk.FaqRows.answerOf;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Messages as customers write them, through the web API with the sample FAQ and MiniLM: a question wrapped in a
 * greeting, an order number and a sign-off; two questions in one message; a follow-up that leans on the question
 * before. The stored message stays as the customer wrote it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebCustomersWriteIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aQuestionWrappedInAGreetingAnOrderNumberAndASignOffIsAnswered() {
        String written = "Good morning! How can I change my delivery address? It's order #8812. Kind regards, Tom";
        JsonNode reply = new HttpApi(port).post("/api/chat", json("session_id", "w-" + UUID.randomUUID(),
                "message", written)).json();
        assertThat(reply.get("source").asString()).isEqualTo("FAQ");
        assertThat(reply.get("reply").asString()).isEqualTo(answerOf(jdbc, "How can I change my delivery address?"));
        assertThat(jdbc.sql("select text from message where id = (select reply_to_id from message where id = :id)")
                .param("id", reply.get("message_id").asLong()).query(String.class).single()).isEqualTo(written);
    }

    @Test
    void twoQuestionsInOneMessageGetAnAnswerEach() {
        JsonNode reply = new HttpApi(port).post("/api/chat", json("session_id", "w-" + UUID.randomUUID(),
                "message", "Which countries do you ship to? And do you offer express shipping?")).json();
        // one text with both answers for a client that reads one, each on its own in order for one that shows both
        assertThat(reply.get("reply").asString()).isEqualTo(answerOf(jdbc, "Which countries do you ship to?")
                + "\n\n" + answerOf(jdbc, "Do you offer express shipping?"));
        assertThat(reply.get("rich").toString()).doesNotContain(answerOf(jdbc, "Do you offer express shipping?"));
        assertThat(reply.get("more")).hasSize(1);
        assertThat(reply.get("more").get(0).get("reply").asString())
                .isEqualTo(answerOf(jdbc, "Do you offer express shipping?"));
        assertThat(reply.get("more").get(0).get("message_id").asLong())
                .isGreaterThan(reply.get("message_id").asLong());
    }

    @Test
    void aFollowUpIsReadWithTheQuestionBefore() {
        var api = new HttpApi(port);
        String s = "w-" + UUID.randomUUID();
        JsonNode first = api.post("/api/chat", json("session_id", s, "message", "How long does delivery take?")).json();
        assertThat(first.get("reply").asString()).isEqualTo(answerOf(jdbc, "How long does delivery take?"));
        JsonNode next = api.post("/api/chat", json("session_id", s, "message", "and to the UK?")).json();
        assertThat(next.get("reply").asString()).isEqualTo(answerOf(jdbc, "How long does delivery take?"));
    }

    @Test
    void aFollowUpThatChangesTheCountryGetsTheEntryThatNamesIt() {
        var api = new HttpApi(port);
        String s = "w-" + UUID.randomUUID();
        api.post("/api/chat", json("session_id", s, "message", "how long does shipping take to germany?"));
        JsonNode next = api.post("/api/chat", json("session_id", s, "message", "and to canada?")).json();
        assertThat(next.get("reply").asString()).isNotEqualTo(answerOf(jdbc, "How long does delivery take?"))
                .isEqualTo(answerOf(jdbc, "Which countries do you ship to?"));
    }

    @Test
    void theSameAnswerIsNotGivenAgainToSomeoneItDidNotHelp() {
        var api = new HttpApi(port);
        String s = "w-" + UUID.randomUUID();
        JsonNode first = api.post("/api/chat", json("session_id", s, "message",
                "where do I find my tracking number")).json();
        assertThat(first.get("source").asString()).isEqualTo("FAQ");
        JsonNode next = api.post("/api/chat", json("session_id", s, "message",
                "the tracking hasn't updated in 5 days")).json();
        assertThat(next.get("reply").asString()).as("the web chat's prepared answer is not stored either")
                .isNotEqualTo(first.get("reply").asString());
    }

    @Test
    void thatDidntHelpOffersWhatTheWholeConversationIsAbout() {
        var api = new HttpApi(port);
        String s = "w-" + UUID.randomUUID();
        api.post("/api/chat", json("session_id", s, "message", "I forgot my password"));
        api.post("/api/chat", json("session_id", s, "message", "checked spam already, no email"));
        JsonNode next = api.post("/api/chat", json("session_id", s, "message", "that didn't help")).json();
        assertThat(next.get("choices")).isNotEmpty();
        assertThat(next.get("choices").get(0).get("question").asString()).as("the conversation is about the password")
                .isEqualTo("How do I reset my password?");
    }

    @Test
    void aQuestionTheAnswerJustGivenNamesGetsItAgain() {
        var api = new HttpApi(port);
        String s = "w-" + UUID.randomUUID();
        JsonNode first = api.post("/api/chat", json("session_id", s, "message", "what payment methods do you take"))
                .json();
        assertThat(first.get("source").asString()).isEqualTo("FAQ");
        JsonNode klarna = api.post("/api/chat", json("session_id", s, "message", "can I pay with klarna?")).json();
        assertThat(klarna.get("reply").asString()).as("the payment entry lists Klarna")
                .isEqualTo(first.get("reply").asString());
    }

    @Test
    void resetSaidAboutAPasswordDoesNotStartTheConversationOver() {
        var api = new HttpApi(port);
        String s = "w-" + UUID.randomUUID();
        JsonNode first = api.post("/api/chat", json("session_id", s, "message", "I can't log in")).json();
        JsonNode next = api.post("/api/chat", json("session_id", s, "message",
                "I already reset it twice, the email doesn't come")).json();
        assertThat(next.get("conversation_id").asLong()).as("the same conversation")
                .isEqualTo(first.get("conversation_id").asLong());
        assertThat(jdbc.sql("select count(*) from conversation where external_key = :s").param("s", s)
                .query(Long.class).single()).isOne();
    }
}
