package org.answerdesk.faq;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.answerdesk.AsksForFaqHealth;
import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The FAQ's cross-validated health over HTTP (real MiniLM, embedded PostgreSQL with the sample FAQ), the warning
 * before an import that would lower it, and what a thumbs-down followed by an agent's different answer teaches.
 */
@AsksForFaqHealth
@SideLane
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SideLane.ALONE + "FaqHealthIT")
class FaqHealthIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    JsonNode readyHealth(String query) {
        return Await.await(() -> api.get("/api/faq/health" + query, HttpApi.ADMIN).json(),
                h -> h.get("status").asString().equals("READY"), "a FAQ health report").deepCopy();
    }

    @Test
    void reportsTheEstimatedAccuracyConfusionsThinEntriesAndTheThresholdForAPrecision() {
        assertThat(api.get("/api/faq/health").status()).isEqualTo(401);
        long thin = api.addFaqEntry(json("question", "Do you sell vintage typewriter ribbons?",
                "answer", "Yes, ribbons for most models, 6 EUR each."), HttpApi.ADMIN).json().get("id").asLong();
        try {
            JsonNode h = Await.await(() -> readyHealth(""), r -> r.get("few_phrasings").toString().contains(
                    "typewriter ribbons"), "the new thin entry in the report");
            assertThat(h.get("entries").asInt()).isGreaterThanOrEqualTo(41);
            assertThat(h.get("asked").asInt()).isGreaterThan(100);
            assertThat(h.get("asked_out_of_scope").asInt()).isGreaterThan(10);
            assertThat(h.get("top1").asDouble()).isBetween(0.5, 1.0);
            assertThat(h.get("at_threshold").get("precision").asDouble()).isBetween(0.0, 1.0);
            assertThat(h.get("target_precision").asDouble()).isEqualTo(0.9);
            // the clarify decision resolves at least what answering alone does, and offers choices to some
            JsonNode clarify = h.get("clarify");
            assertThat(clarify.get("self_service_rate").asDouble())
                    .isGreaterThanOrEqualTo(h.get("at_threshold").get("in_scope_accuracy").asDouble())
                    .isLessThanOrEqualTo(1.0);
            assertThat(clarify.get("clarify_rate").asDouble()).isStrictlyBetween(0.0, 1.0);
            assertThat(clarify.get("out_of_scope_clarify_rate").asDouble()).isBetween(0.0, 1.0);
            assertThat(clarify.get("clarify_threshold").asDouble()).isEqualTo(
                    Double.parseDouble(org.answerdesk.retrieval.FaqRetriever.DEFAULT_CLARIFY_THRESHOLD));
            if (!h.get("threshold_for_precision").isNull()) {
                assertThat(h.get("at_target").get("precision").asDouble()).isGreaterThanOrEqualTo(0.9);
            }
            assertThat(h.get("model").asString()).isEqualTo("all-minilm-l6-v2");
            // the held-out off-topic questions: how many would get a wrong answer, and from which entries
            JsonNode offTopic = h.get("off_topic");
            assertThat(offTopic.get("asked").asInt()).isGreaterThan(200);
            assertThat(offTopic.get("answered").asInt() + offTopic.get("shown_choices").asInt())
                    .isBetween(0, offTopic.get("asked").asInt());
            int drawn = 0;
            for (JsonNode a : offTopic.get("attracting")) {
                assertThat(a.get("examples").size()).isPositive();
                drawn += a.get("answered").asInt();
            }
            assertThat(drawn).isLessThanOrEqualTo(offTopic.get("answered").asInt());
            // the shipped off-topic questions nearest the FAQ's entries, for the owner to review
            JsonNode review = offTopic.get("review");
            assertThat(review.size()).isBetween(1, 10);
            double previous = Double.MAX_VALUE;
            for (JsonNode n : review) {
                assertThat(n.get("text").asString()).isNotBlank();
                assertThat(api.get("/api/faq/" + n.get("entry_id").asLong(), HttpApi.ADMIN).status()).isEqualTo(200);
                assertThat(n.get("score").asDouble()).isLessThan(0.8).isLessThanOrEqualTo(previous);
                previous = n.get("score").asDouble();
            }
            assertThat(h.get("confusions").isArray()).isTrue();
            for (JsonNode c : h.get("confusions")) {
                assertThat(c.get("count").asInt()).isPositive();
                assertThat(c.get("examples").size()).isPositive();
                assertThat(c.get("expected_id").asLong()).isNotEqualTo(c.get("answered_id").asLong());
            }
            // a stricter precision needs a threshold at least as high
            JsonNode strict = readyHealth("?precision=0.99");
            if (!strict.get("threshold_for_precision").isNull() && !h.get("threshold_for_precision").isNull()) {
                assertThat(strict.get("threshold_for_precision").asDouble())
                        .isGreaterThanOrEqualTo(h.get("threshold_for_precision").asDouble());
            }
            assertThat(api.get("/api/faq/health?precision=7", HttpApi.ADMIN).status()).isEqualTo(400);
        } finally {
            api.delete("/api/faq/" + thin, HttpApi.ADMIN);
        }
    }

    @Test
    void anImportThatCollidesWithAnEntryIsFlaggedBeforeItIsApplied() {
        readyHealth("");
        JsonNode richest = null;
        for (JsonNode e : api.get("/api/faq", HttpApi.ADMIN).json()) {
            if (richest == null || e.get("phrasings").size() > richest.get("phrasings").size()) {
                richest = e;
            }
        }
        List<String> phrasings = new ArrayList<>();
        richest.get("phrasings").forEach(p -> phrasings.add(p.asString()));
        StringBuilder csv = new StringBuilder("question,answer,category,keywords,phrasings\n");
        for (int copy = 0; copy < 2; copy++) {
            csv.append('"').append(phrasings.get(copy).replace("\"", "\"\"")).append(" (copy)\",")
                .append("\"A different answer number ").append(copy).append("\",,,\"")
                .append(String.join("|", phrasings).replace("\"", "\"\"")).append("\"\n");
        }
        int before = api.get("/api/faq", HttpApi.ADMIN).json().size();

        var preview = api.postAs("/api/faq/import/preview", "text/csv", csv.toString(), HttpApi.ADMIN);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode p = preview.json();
        assertThat(p.get("lowers_accuracy").asBoolean()).as(p.toString()).isTrue();
        assertThat(p.get("after").get("top1").asDouble()).isLessThan(p.get("before").get("top1").asDouble());
        assertThat(p.get("after").get("entries").asInt()).isEqualTo(p.get("before").get("entries").asInt() + 2);
        assertThat(p.get("message").asString()).contains("lower");
        assertThat(p.get("after").get("confusions").toString()).contains("(copy)");
        // a preview changes nothing
        assertThat(api.get("/api/faq", HttpApi.ADMIN).json().size()).isEqualTo(before);
        assertThat(api.postAs("/api/faq/import/preview", "text/csv", "foo,bar\n1,2\n", HttpApi.ADMIN).status())
                .isEqualTo(400);
    }

    @Test
    void aThumbsDownFollowedByAnAgentsDifferentAnswerStopsThatEntryForTheSameQuestion() {
        // a question no other test of this context asks: the demotion stays for the context's lifetime
        String question = "How do I unsubscribe from your newsletter?";
        String s = "neg-" + UUID.randomUUID();
        JsonNode answer = api.post("/api/chat", json("session_id", s, "message", question)).json();
        assertThat(answer.get("source").asString()).isEqualTo("FAQ");
        String rejected = answer.get("reply").asString();
        long entry = jdbc.sql("select faq_entry_id from message where id = :id")
                .param("id", answer.get("message_id").asLong()).query(Long.class).single();

        api.post("/api/feedback", json("session_id", s, "message_id", answer.get("message_id").asLong(), "vote", "down"));
        JsonNode yes = api.post("/api/chat", json("session_id", s, "message", "yes")).json();
        assertThat(yes.get("needs_human").asBoolean()).isTrue();
        long conversation = yes.get("conversation_id").asLong();
        long ticket = Await.await(() -> ticketOf(conversation), t -> t != null, "the ticket").get("id").asLong();
        assertThat(api.post("/api/tickets/" + ticket + "/reply", json("text",
                "Reply STOP to any of our newsletters and you are off the list within a day.", "agent", "Ann"), HttpApi.ADMIN)
                .status()).isEqualTo(200);

        assertThat(jdbc.sql("select count(*) from faq_negative where entry_id = :e and question = :q")
                .param("e", entry).param("q", question).query(Long.class).single()).isEqualTo(1);
        JsonNode again = api.post("/api/chat", json("session_id", "neg-" + UUID.randomUUID(),
                "message", "how do i unsubscribe from your newsletter")).json();
        assertThat(again.get("reply").asString()).isNotEqualTo(rejected);
        // other questions about the same entry still get it
        JsonNode other = api.post("/api/chat", json("session_id", "neg-" + UUID.randomUUID(),
                "message", "I want to stop getting your newsletter")).json();
        long otherEntry = jdbc.sql("select coalesce(faq_entry_id, 0) from message where id = :id")
                .param("id", other.get("message_id").asLong()).query(Long.class).single();
        assertThat(otherEntry).isEqualTo(entry);
    }

    JsonNode ticketOf(long conversationId) {
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == conversationId) {
                return t;
            }
        }
        return null;
    }
}
