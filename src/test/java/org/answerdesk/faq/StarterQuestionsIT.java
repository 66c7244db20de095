package org.answerdesk.faq;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.answerdesk.retrieval.FaqEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The starter questions come from the answers given (most first, within the window), then the first entries. */
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.faq.starter-questions=3", "answerdesk.faq.starter-window=7d",
        "answerdesk.greeting=Hello from the test shop! Ask away."})
class StarterQuestionsIT {

    @LocalServerPort
    int port;
    @Autowired
    StarterQuestions starters;
    @Autowired
    FaqService faq;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMostAnsweredQuestionsOfTheWindowComeFirstThenTheFirstEntries() {
        List<String> entries = faq.list().stream().map(FaqEntry::question).toList();
        assertThat(texts()).as("nothing asked yet: the first entries").isEqualTo(entries.subList(0, 3));

        String often = entries.get(5);
        String once = entries.get(9);
        long oftenId = ask("s-often-1", often);
        ask("s-often-2", often);
        long onceId = ask("s-once-1", once);
        assertThat(texts()).containsExactly(often, once, entries.get(0));

        JsonNode greeting = new HttpApi(port).get("/api/chat/greeting").json();
        assertThat(greeting.get("text").asString()).isEqualTo("Hello from the test shop! Ask away.");
        JsonNode questions = greeting.get("questions");
        assertThat(List.of(questions.get(0).get("text").asString(), questions.get(1).get("text").asString(),
                questions.get(2).get("text").asString()))
                .containsExactly(often, once, entries.get(0));
        assertThat(questions.size()).isEqualTo(3);

        // answers older than the window no longer count
        jdbc.sql("update message set created_at = now() - interval '8 days' where id = :id").param("id", onceId).update();
        assertThat(texts()).containsExactly(often, entries.get(0), entries.get(1));
        assertThat(oftenId).isPositive();
    }

    private List<String> texts() {
        List<String> texts = starters.questions(null).stream().map(StarterQuestions.Question::text).toList();
        assertThat(starters.questions(null)).allSatisfy(q -> assertThat(faq.find(q.entryId()).orElseThrow().question())
                .isEqualTo(q.text()));
        return texts;
    }

    /** Asks on the web API and returns the FAQ answer's message id (checked to be that entry's answer). */
    private long ask(String session, String question) {
        JsonNode reply = new HttpApi(port).post("/api/chat",
                json("session_id", session + "-session", "message", question)).json();
        assertThat(reply.get("source").asString()).isEqualTo("FAQ");
        long id = reply.get("message_id").asLong();
        assertThat(jdbc.sql("select e.question from message m join faq_entry e on e.id = m.faq_entry_id where m.id = :id")
                .param("id", id).query(String.class).single()).isEqualTo(question);
        return id;
    }

    /** A text the environment sets (ANSWERDESK_GREETING here) wins: read-only on the settings section. */
    @Test
    void aTextTheEnvironmentSetsIsReadOnlyOnTheSettingsSection() {
        var api = new HttpApi(port);
        JsonNode greeting = null;
        for (JsonNode t : api.get("/api/settings/texts", HttpApi.ADMIN).json().get("texts")) {
            if (t.get("key").asString().equals("greeting") && t.get("language").asString().equals("en")) {
                greeting = t;
            }
        }
        assertThat(greeting).isNotNull();
        assertThat(greeting.get("source").asString()).isEqualTo("ENVIRONMENT");
        assertThat(greeting.get("editable").asBoolean()).isFalse();
        assertThat(greeting.get("variable").asString()).isEqualTo("ANSWERDESK_GREETING");
        assertThat(greeting.get("text").asString()).isEqualTo("Hello from the test shop! Ask away.");
        var refused = api.put("/api/settings/texts/en/greeting", json("text", "Hi there"), HttpApi.ADMIN);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asString()).contains("ANSWERDESK_GREETING").contains("wins");
    }
}
