package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 41's requests for a person and the texts around them (issues 61, 62): an explicit demand hands over, also angry,
 * in dialect or while choices show; someone who should come to the customer (a visit) is a question about the
 * service, not a request. New sentences, none of a set.
 */
class SetFortyOnePersonTest {

    /** A demand for a person, with an adverb after a comma, angry or in Scots, is a request wherever it is typed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            this is hopeless. get me an actual person, right now
            fetch us a real human being, now!!
            och, yer machine is nae use. get us a real body tae talk tae
            find me a proper human, please, i am done with this
            bring me a live agent, immediately
            """)
    void aDemandForAPersonIsARequest(String text) {
        Locale en = Locale.ENGLISH;
        assertThat(PersonRequest.asksForPerson(text, en)).as(text).isTrue();
        Decision afterChoices = DialogueFlow.afterChoices("en").says(text);
        assertThat(afterChoices.main().handsOver()).as(text + " -> " + afterChoices.main()).isTrue();
        Decision afterAnswer = DialogueFlow.afterAnAnswer("en").says(text);
        assertThat(afterAnswer.main().handsOver()).as(text + " -> " + afterAnswer.main()).isTrue();
    }

    /** The same words of getting something that names no person stay questions. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            can you get me a real wool one in blue
            could you find me a real leather bag under 100
            get us a human sized dog bed, is that in stock
            """)
    void gettingAThingIsNoRequest(String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.ENGLISH)).as(text).isFalse();
    }

    /** Someone who should come to the customer's home is a question about a visit, not a request for a person. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | bonjour, est-ce qu'il faut que quelqu'un passe voir l'appartement avant le devis ?
            fr | je voudrais que quelqu'un vienne mesurer la cuisine, c'est possible ?
            it | per il preventivo deve passare qualcuno a vedere la casa?
            it | vorrei che qualcuno venga a misurare il salotto, quanto costa?
            pt | antes do orcamento e preciso que alguem passe ca em casa?
            pt | quero que alguem venha medir a sala, quanto custa?
            de | ich möchte, dass jemand vorbeikommt und die wohnung ausmisst, was kostet das?
            en | i want someone to visit and measure the kitchen first, what does that cost?
            es | quiero que alguien venga a medir el salon, cuanto cuesta?
            """)
    void someoneWhoComesIsAVisit(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(text, lang)).as(text).isFalse();
        Decision d = DialogueFlow.flow(new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING),
                language).says(text);
        assertThat(d.main().handsOver()).as(text + " -> " + d.main()).isFalse();
    }

    /** Someone handed to the customer stays a request, the word of passing before or after the person. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | passez-moi quelqu'un du magasin
            fr | est-ce que quelqu'un peut me passer un conseiller ?
            it | mi passa qualcuno del negozio?
            pt | me passa pra alguem da loja
            pt | passa pra alguem da loja por favor
            es | paseme con alguien de la tienda
            """)
    void someonePassedToTheCustomerIsARequest(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isTrue();
    }
}
