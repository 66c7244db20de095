package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An order number alone (the replay of a German shop: "4471920" after the order-status answer opened a ticket): after
 * an answer it is a detail of that question (the topic's other entries, else the offer of a person); as a first
 * message it asks nothing yet. Never a ticket by itself, in any language.
 */
class DetailAloneTest {

    private static final FaqMatch STATUS = new FaqMatch(31, "Wo ist meine Bestellung?", "Unter Mein Konto.", 0.9);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Wo ist meine Bestellung?  | 4471920
            de | Wo ist meine Bestellung?  | Bestellnummer 4471920
            es | ¿Dónde está mi pedido?    | n.º de pedido 4471920
            fr | Où est ma commande ?      | 4471920
            en | Where is my order?        | 4471920
            en | Where is my order?        | order no. 4471920
            """)
    void anOrderNumberAfterAnAnswerIsNoTicket(String language, String previous, String number) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(Cleanup.onlyDetails(number, lang)).isTrue();
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(previous, lang), STATUS);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        flow.says(previous);
        Action main = flow.says(number).main();
        assertThat(main.handsOver()).as("no ticket").isFalse();
        assertThat(main).isInstanceOf(Action.OfferPerson.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | 4471920
            es | n.º de pedido 4471920
            en | 4471920
            """)
    void anOrderNumberAsTheFirstMessageIsAskedAbout(String language, String number) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH)
                .withLanguage(Locale.forLanguageTag(language)));
        assertThat(flow.says(number).main()).isInstanceOf(Action.NotCaught.class);
    }

    /** The English replay: "4471920" after the order-status answer got the phone-number entry by its digits. */
    @org.junit.jupiter.api.Test
    void anOrderNumberIsNeverLookedUpByItsDigits() {
        FaqMatch phone = new FaqMatch(32, "What is your phone number?", "Call us on +49 30 4471 920.", 0.9);
        FakeSearch search = new FakeSearch().confident("Where is my order?", STATUS).confident("4471920", phone);
        DialoguePolicy policy = new DialoguePolicy(search, search, search, search.acts);
        assertThat(policy.prepare("4471920", Locale.ENGLISH).answer()).isEmpty();
        DialogueFlow flow = new DialogueFlow(search);
        flow.says("Where is my order?");
        assertThat(flow.says("4471920").main()).isInstanceOf(Action.OfferPerson.class);
        assertThat(new DialogueFlow(search).says("4471920").main()).isInstanceOf(Action.NotCaught.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Meine Bestellnummer ist 4471920, wo ist das Paket?
            en | my order 4471920 hasn't arrived
            """)
    void aQuestionWithAnOrderNumberIsNoDetailAlone(String language, String message) {
        assertThat(Cleanup.onlyDetails(message, Locale.forLanguageTag(language))).isFalse();
    }
}
