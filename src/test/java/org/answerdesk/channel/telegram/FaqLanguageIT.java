package org.answerdesk.channel.telegram;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * FAQ entries per language (issue 51), through the HTTP API of an English and German shop: a two-language FAQ is
 * imported (the English sample FAQ with German entries), a German question gets the German entry where the English
 * one of the same topic scores higher, and a German question whose answer exists only in English still gets it.
 *
 * <p>Lives beside {@link ConversationLanguageIT} to share its app (the same settings, initializers and so context):
 * the one test context of a shop of two languages with English among them. The entries are imported once and removed
 * after the last test, so the context's other classes meet the sample FAQ alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "answerdesk.languages=en,de")
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, ConversationLanguageIT.Mail.class})
class FaqLanguageIT {

    /** German entries; the language column names one row's, {@code ?language=de} the rest. */
    private static final String GERMAN_FAQ = """
            question,answer,category,keywords,language,phrasing
            Welche Zahlungsarten akzeptieren Sie?,"Wir akzeptieren PayPal, Visa, Mastercard und Klarna.",,,de,\
            Kann ich mit PayPal bezahlen?|Zahlung mit Kreditkarte
            Wie funktioniert die Rücksendung?,Rücksendungen sind 30 Tage lang kostenlos.,,,,\
            Rückgabe eines Artikels|Ware zurückschicken
            Do you have a shop in Berlin?,"No, we sell online only.",,,en,Can I visit your store in Berlin?
            """;

    @LocalServerPort
    int port;
    @Autowired
    FaqRetriever retriever;

    private HttpApi api;
    private final List<Long> added = new ArrayList<>();

    @BeforeAll
    void importTheGermanEntries() {
        api = new HttpApi(port);
        var imported = api.postAs("/api/faq/import?language=de", "text/csv", GERMAN_FAQ, HttpApi.ADMIN);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("added").asInt()).isEqualTo(3);
        api.get("/api/faq", HttpApi.ADMIN).json().valueStream()
                .filter(e -> e.hasNonNull("language")).forEach(e -> added.add(e.get("id").asLong()));
    }

    @AfterAll
    void removeThem() {
        added.forEach(id -> api.delete("/api/faq/" + id, HttpApi.ADMIN));
    }

    @Test
    void theFaqShowsEachEntrysLanguageAndTheSampleEntriesHaveNone() {
        JsonNode faq = api.get("/api/faq", HttpApi.ADMIN).json();
        assertThat(faq.valueStream().filter(e -> e.get("question").asString().startsWith("Welche Zahlungsarten"))
                .map(e -> e.get("language").asString())).containsExactly("de");
        assertThat(faq.valueStream().filter(e -> e.get("question").asString().startsWith("Wie funktioniert"))
                .map(e -> e.get("language").asString())).as("?language=de").containsExactly("de");
        assertThat(faq.valueStream().filter(e -> e.get("question").asString().startsWith("Do you have a shop in Berlin"))
                .map(e -> e.get("language").asString())).containsExactly("en");
        assertThat(faq.valueStream().filter(e -> e.get("question").asString().equals("What payment methods do you accept?"))
                .map(e -> e.hasNonNull("language"))).as("the shop's default language").containsExactly(false);

        var refused = api.addFaqEntry(json("question", "Où est ma commande ?", "answer", "Dans votre compte.",
                "language", "fr"), HttpApi.ADMIN);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString())
                .isEqualTo("language \"fr\" is not one the shop serves (en, de; ANSWERDESK_LANGUAGES)");
    }

    @Test
    void theExportKeepsEachEntrysLanguageAndImportingItAgainChangesNothing() {
        var export = api.get("/api/faq/export", HttpApi.ADMIN);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).startsWith("question,answer,category,keywords,language,phrasings")
                .contains("Wie funktioniert die Rücksendung?,Rücksendungen sind 30 Tage lang kostenlos.,,,de,");
        var again = api.postAs("/api/faq/import", "text/csv", export.body(), HttpApi.ADMIN);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("added").asInt() + again.json().get("updated").asInt()).isZero();
    }

    @Test
    void aGermanQuestionGetsTheGermanEntryWhereTheEnglishOneScoresHigher() {
        // among every entry the English sample's payment methods come first
        assertThat(retriever.retrieve("PayPal möglich?").best()).get().extracting(FaqMatch::question)
                .isEqualTo("What payment methods do you accept?");

        JsonNode answer = ask("PayPal möglich?");
        assertThat(answer.get("source").asString()).isEqualTo("FAQ");
        assertThat(answer.get("reply").asString()).contains("Wir akzeptieren PayPal");
    }

    @Test
    void aGermanQuestionWhoseAnswerIsOnlyInEnglishGetsTheEnglishAnswer() {
        JsonNode answer = ask("Verkauft ihr Gift Cards?");
        assertThat(answer.get("source").asString()).isEqualTo("FAQ");
        assertThat(answer.get("reply").asString()).contains("digital gift cards");
    }

    /** A first message from a German browser (the hint decides a message too short to tell). */
    private JsonNode ask(String message) {
        var response = api.post("/api/chat", json("session_id", "faqlang-" + UUID.randomUUID(), "message", message,
                "language", "de-DE"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
