package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.answerdesk.retrieval.Retrieval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 61 item 4, issue 62 item 2: a "do you …?" question about a service the shop does not offer, its own words
 * unknown to the shop and the words it shares with the nearest entries common to most of them, gets the honest "I
 * can't answer that here" and a person, not the neighbouring entries as choices (set 17: "en nagels knippen en
 * trimmen doen jullie ook?" to a kennel got the wash entry). The shops are set 17's, one trade per language (the
 * sample shop in English); the questions are new, written for this test, and each got choices before
 * ({@code retrieval.FarGate#unsharedService}). The real MiniLM and the index the bot builds.
 */
class NotOfferedServiceTest {

    static ShopsAtDefaults shops;

    /** Set 17's shop of each language (English: the sample FAQ). */
    @BeforeAll
    static void model() throws IOException {
        shops = new ShopsAtDefaults(language -> language.equals("en") ? Path.of("db/sample-faq.csv")
                : Path.of("docs/conversations/2026-11-28-set17", language + "-faq.csv"));
    }

    static Retrieval ask(String language, String question) throws IOException {
        return shops.ask(language, question);
    }

    /** Each had the shop's nearest entries as choices before (English: the offer to rephrase). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | do you do framing for posters and paintings?",
        "de | macht ihr auch Gitarren und Bässe?",
        "de | repariert ihr auch Geigen und Celli?",
        "fr | vous vendez des gants et des bonnets ?",
        "fr | vous faites des cours de yoga ou de pilates ?",
        "it | fate anche vetri e specchi su misura?",
        "it | vendete anche piante e semi per l'orto?",
        "es | ¿ponen alarmas o estéreos?",
        "nl | geven jullie ook zwemles of yoga?",
        "pt | fazem pizzas e sushi?",
        "pt | vendem vinhos e licores?"})
    void aServiceTheShopDoesNotOfferGetsNoChoices(String language, String question) throws IOException {
        Retrieval r = ask(language, question);

        assertThat(r.confident()).isFalse();
        assertThat(r.choices()).isEmpty();
        assertThat(r.far()).isTrue();
    }

    /** The same form about what the shop does, in a word only its entry uses: answered or offered as before. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | do you sell gift cards for birthdays?",
        "de | Repariert ihr klemmende Tasten auch bei einem alten Flügel?",
        "fr | vous faites aussi l'affûtage des carres pour les snowboards ?",
        "it | affilate anche le catene della motosega?",
        "es | ¿hacen también pulido de faros?",
        "nl | doen jullie ook medicijnen geven bij katten?",
        "pt | fazem bolos de aniversário sem glúten?"})
    void aServiceTheShopOffersIsNotFar(String language, String question) throws IOException {
        Retrieval r = ask(language, question);

        assertThat(r.far()).isFalse();
        assertThat(r.confident() || !r.choices().isEmpty()).isTrue();
    }
}
