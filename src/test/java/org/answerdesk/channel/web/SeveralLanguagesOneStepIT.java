package org.answerdesk.channel.web;

import org.answerdesk.ReadsTheLog;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The web chat's one-step answer (the message stored with its FAQ answer in one statement, {@code store_inbound}) in
 * a German and English shop (issue 65 item 2): a question that opens its conversation, or one in the language its
 * conversation already has, is answered in one statement and the conversation keeps that language; a question the
 * app read in another language than the conversation's recorded one goes the second step, which answers it in the
 * language the conversation has after it. Statements counted as {@link WebChatStatementsIT} counts them.
 */
@ReadsTheLog
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "answerdesk.languages=de,en")
// In the side lane: no other class has its settings, and its context polls none of the shared fakes.
@SideLane
class SeveralLanguagesOneStepIT {

    private static final String GERMAN_FAQ = """
            question,answer,category,keywords,language,phrasing
            Wie lange dauert die Lieferung nach Österreich?,Nach Österreich liefern wir in 3 bis 5 Werktagen.,,,de,\
            Lieferzeit Österreich
            """;
    private static final String GERMAN_ANSWER = "Nach Österreich liefern wir in 3 bis 5 Werktagen.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private HttpApi api;
    private long entry;

    @BeforeAll
    void importTheGermanEntry() {
        api = new HttpApi(port);
        var imported = api.postAs("/api/faq/import?language=de", "text/csv", GERMAN_FAQ, HttpApi.ADMIN);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        api.awaitFaqIndexed();
        entry = api.get("/api/faq", HttpApi.ADMIN).json().valueStream()
                .filter(e -> e.get("answer").asString().equals(GERMAN_ANSWER)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    @AfterAll
    void removeIt() {
        api.delete("/api/faq/" + entry, HttpApi.ADMIN);
    }

    @Test
    void aGermanQuestionThatOpensItsConversationIsAnsweredInOneStatementAndRecordsGerman() {
        String s = session();
        var statements = statementsOf(s, "Wie lange dauert die Lieferung nach Österreich?", "de-DE");
        assertThat(statements.reply().get("reply").asString()).isEqualTo(GERMAN_ANSWER);
        assertThat(statements.sql()).as("statements of an FAQ hit").hasSize(1);
        assertThat(statements.sql().get(0)).contains("store_inbound");
        assertThat(language(s)).isEqualTo("de");
    }

    @Test
    void aQuestionInTheConversationsRecordedLanguageIsAnsweredInOneStatement() {
        String s = session();
        ask(s, "Hello!", "en-GB");
        assertThat(language(s)).as("recorded by the greeting's second step").isEqualTo("en");
        var statements = statementsOf(s, "How can I reset my password?", "en-GB");
        assertThat(statements.reply().get("source").asString()).isEqualTo("FAQ");
        assertThat(statements.sql()).as("statements of an FAQ hit").hasSize(1);
        assertThat(language(s)).isEqualTo("en");
    }

    @Test
    void aShortGermanQuestionInAnEnglishConversationGoesTheSecondStepAndStaysEnglish() {
        // alone, with a German browser, the two words are a German FAQ hit answered in one step
        String alone = session();
        var opening = statementsOf(alone, "Lieferzeit Österreich", "de-DE");
        assertThat(opening.reply().get("reply").asString()).isEqualTo(GERMAN_ANSWER);
        assertThat(opening.sql()).hasSize(1);
        assertThat(language(alone)).isEqualTo("de");

        String s = session();
        ask(s, "Hello!", "en-GB");
        assertThat(language(s)).isEqualTo("en");
        // the app reads them as German (the browser's hint); two words do not switch an English conversation
        var statements = statementsOf(s, "Lieferzeit Österreich", "de-DE");
        assertThat(statements.sql()).as("decided with the conversation's state").hasSizeGreaterThan(1);
        assertThat(language(s)).as("the conversation's language after the message").isEqualTo("en");
    }

    @Test
    void aLongGermanQuestionInAnEnglishConversationGoesTheSecondStepAndSwitchesItToGerman() {
        String s = session();
        ask(s, "Hello!", "en-GB");
        var statements = statementsOf(s, "Wie lange dauert die Lieferung nach Österreich?", "de-DE");
        assertThat(statements.sql()).as("the store cannot tell a switch: the second step").hasSizeGreaterThan(1);
        assertThat(statements.reply().get("reply").asString()).isEqualTo(GERMAN_ANSWER);
        assertThat(language(s)).isEqualTo("de");
    }

    private static String session() {
        return "langs-" + UUID.randomUUID();
    }

    private String language(String session) {
        return jdbc.sql("select language from conversation where external_key = :s and status <> 'CLOSED'")
                .param("s", session).query(String.class).single();
    }

    private JsonNode ask(String session, String text, String browser) {
        var r = api.post("/api/chat", json("session_id", session, "message", text, "language", browser));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The statements the request answering {@code text} ran on its thread, in order. */
    private RequestStatements statementsOf(String session, String text, String browser) {
        return RequestStatements.of(session, () -> ask(session, text, browser));
    }
}
