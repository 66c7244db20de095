package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question far from every entry of the FAQ (issue 61, item 4), in every shipped language: no unrelated "did you
 * mean" choices and no silent ticket, but an honest "I can't answer that here" with the offer of a person, which a
 * "yes" accepts. The questions are new ones, not the judged conversations'.
 */
class OffTopicDecisionTest {

    /** Per language: a question the shop's FAQ does not cover, its two nearest (unrelated) entries, a "yes". */
    private static final String LANGUAGES = """
            en | do you also sharpen kitchen knives?         | Can I return a gift?                | How do I track my parcel?        | yes
            de | Machen Sie auch Schlüssel nach?             | Wie kann ich bezahlen?              | Wo ist mein Paket?               | ja
            es | ¿Hacen también copias de llaves?            | ¿Cómo puedo pagar?                  | ¿Dónde está mi paquete?          | sí
            fr | Vous faites aussi la vidange des voitures ? | Comment puis-je payer ?             | Où est mon colis ?               | oui
            it | Affilate anche i coltelli da cucina?        | Come posso pagare?                  | Dov'è il mio pacco?              | sì
            pt | Vocês também fazem cópias de chaves?        | Como posso pagar?                   | Onde está meu pacote?            | sim
            nl | Slijpen jullie ook keukenmessen?            | Hoe kan ik betalen?                 | Waar is mijn pakket?             | ja
            """;

    private static DialogueFlow flow(String language, String question, String first, String second) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().offTopic(Cleanup.forLookup(question, lang),
                new FaqMatch(61, first, "…", 0.41), new FaqMatch(62, second, "…", 0.39));
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aQuestionFarFromTheFaqGetsTheHonestOfferOfAPersonNotChoices(String language, String question,
                                                                      String first, String second, String yes) {
        DialogueFlow flow = flow(language, question, first, second);

        Decision d = flow.says(question);

        assertThat(main(d, Action.OfferPerson.class).why()).isEqualTo(Action.OfferPerson.Why.OFF_TOPIC);
        assertThat(d.main().handsOver()).as("an offer, not a ticket").isFalse();
        assertThat(flow.state().handedOver()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aYesThenAcceptsTheOffer(String language, String question, String first, String second, String yes) {
        DialogueFlow flow = flow(language, question, first, second);
        flow.says(question);

        Decision d = flow.says(yes);

        assertThat(d.main()).isInstanceOf(Action.Handoff.class);
        assertThat(flow.state().handedOver()).isTrue();
    }

    /** The same question again after "I can't answer that here": the customer insists, and a person takes it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void theSameQuestionAgainGoesToAPerson(String language, String question, String first, String second,
                                          String yes) {
        DialogueFlow flow = flow(language, question, first, second);
        flow.says(question);

        Decision d = flow.says(question);

        assertThat(d.main()).isInstanceOf(Action.Handoff.class);
        assertThat(flow.state().handedOver()).isTrue();
    }

    /** By mail the offer would cost a round trip: the ticket opens at once, as for a mail's miss. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void byMailTheTicketOpensAtOnce(String language, String question, String first, String second, String yes) {
        DialogueFlow flow = flow(language, question, first, second);
        flow.state(flow.state().byMail());

        Decision d = flow.says(question);

        assertThat(d.main()).isInstanceOf(Action.Handoff.class);
        assertThat(flow.state().handedOver()).isTrue();
    }
}
