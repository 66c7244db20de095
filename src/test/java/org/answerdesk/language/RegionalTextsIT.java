package org.answerdesk.language;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A shop in Porto that also serves Flemish customers ({@code ANSWERDESK_LANGUAGES=pt-PT,nl-BE,en}) through the web
 * API: the conversation's language is Portuguese or Dutch, and every text the bot writes is the region's, European
 * Portuguese ({@code texts/messages_pt_PT.properties} over {@code messages_pt.properties}), a Brazilian browser's hint
 * changing nothing, and Flemish with "u" and "Dag!" ({@code messages_nl_BE.properties}).
 */
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "answerdesk.languages=pt-PT,nl-BE,en")
class RegionalTextsIT {

    private static final Locale PT = Locale.forLanguageTag("pt");
    private static final Locale NL = Locale.forLanguageTag("nl");

    @LocalServerPort
    int port;
    @Autowired
    Texts texts;
    @Autowired
    JdbcClient jdbc;

    private JsonNode ask(String session, String message, String browser) {
        var response = new HttpApi(port).post("/api/chat", browser == null
                ? json("session_id", session, "message", message)
                : json("session_id", session, "message", message, "language", browser));
        assertThat(response.status()).as(message + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aPortugueseShopGreetsAndHandsOverInEuropeanPortuguese() {
        String s = "region-" + UUID.randomUUID();
        JsonNode hello = ask(s, "olá", null);
        // the greeting in the region's words, then the most asked questions numbered under it
        assertThat(hello.get("reply").asString()).startsWith(texts.text("conversation.acts.greeting", PT) + "\n1. ");

        JsonNode person = ask(s, "Quero falar com uma pessoa, por favor", "pt-BR");
        assertThat(person.get("needs_human").asBoolean()).isTrue();
        assertThat(person.get("reply").asString()).isEqualTo(
                "Uma pessoa da nossa equipa vai responder aqui o mais rapidamente possível.");
        JsonNode waiting = ask(s, "obrigado", null);
        assertThat(waiting.get("reply").asString()).contains("equipa").doesNotContain("equipe");
        assertThat(jdbc.sql("select language from conversation where external_key = :s").param("s", s)
                .query(String.class).single()).as("the conversation's language is the language").isEqualTo("pt");
    }

    @Test
    void theBotSaysWhatItIsInEuropeanPortuguese() {
        JsonNode bot = ask("region-" + UUID.randomUUID(), "olá, és um robô?", null);
        String reply = bot.get("reply").asString();
        assertThat(reply).isEqualTo(texts.text("conversation.acts.bot", PT, Map.of("bot", "answerdesk")));
        assertThat(reply).contains("centro de ajuda", "nossa equipa").doesNotContain("equipe", "central");
    }

    @Test
    void aFlemishCustomerIsGreetedWithDagAndAddressedWithU() {
        String s = "region-" + UUID.randomUUID();
        String hello = ask(s, "goeiemiddag, ik had een vraagske", null).get("reply").asString();
        assertThat(hello).startsWith("Dag! Waarmee kan ik u vandaag helpen?").doesNotContain("Hoi", " je ");

        String bot = ask(s, "ben ik hier aan het chatten met een computer?", null).get("reply").asString();
        assertThat(bot).isEqualTo(texts.text("conversation.acts.bot", NL, Map.of("bot", "answerdesk")))
                .contains("wilt u iemand van ons team spreken").doesNotContain(" je ");

        JsonNode person = ask(s, "ik wil liever met een medewerker spreken", null);
        assertThat(person.get("needs_human").asBoolean()).isTrue();
        String waiting = ask(s, "hallo, is daar nog iemand?", null).get("reply").asString();
        assertThat(waiting).contains("uw bericht").doesNotContain("je bericht");
        assertThat(jdbc.sql("select language from conversation where external_key = :s").param("s", s)
                .query(String.class).single()).isEqualTo("nl");
    }
}
