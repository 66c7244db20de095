package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A follow-up that asks a facet is never given an entry, nor choices, that leave the facet out (issue 61, set 14):
 * children's ages after the prices got choices without the prices (fr 1.2 "les flos ont 4 pis 9 ans"), "and do i pay
 * to post it back?" after the return-label answer got that answer again (en 13.3). Seven languages, new sentences.
 */
class FacetOfChoicesTest {

    private static final FaqMatch PRICES = new FaqMatch(51, "How much is a lesson?",
            "Adults 30 €, children under 12: 15 €.", 0.8);
    private static final FaqMatch GEAR = new FaqMatch(52, "Is the gear included?", "Board and wetsuit included.", 0.6);
    private static final FaqMatch PARKING = new FaqMatch(53, "Where can I park?", "Behind the school.", 0.5);
    private static final FaqMatch LABEL = new FaqMatch(54, "How do I get a return label?",
            "Register the return and print the label.", 0.8);
    private static final FaqMatch POLICY = new FaqMatch(55, "What is your return policy?",
            "Returns are free within the EU.", 0.6);

    /** The children's ages after the prices: the entry that states ages, never choices without it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a surf lesson        | our two are 5 and 9 years old
            de | was kostet ein surfkurs          | die kinder sind 5 und 9 jahre alt
            es | cuanto cuesta una clase de surf  | los crios tienen 5 y 9 años
            fr | combien coûte un cours de surf   | mes petits ont 5 et 9 ans
            it | quanto costa una lezione di surf | i bimbi hanno 5 e 9 anni
            pt | quanto custa uma aula de surf    | os miúdos têm 5 e 9 anos
            nl | wat kost een surfles             | de kinderen zijn 5 en 9 jaar
            """)
    void agesAfterThePricesGetTheEntryThatStatesThem(String language, String question, String ages) {
        FakeSearch search = new FakeSearch().confident(DialogueFlow.lookup(language, question), PRICES, GEAR)
                .unsureOtherwise(GEAR, PARKING, PRICES);
        DialogueFlow flow = DialogueFlow.flow(search, language);
        assertThat(flow.says(question).main()).isInstanceOf(Action.FaqAnswer.class);
        Action main = flow.says(ages).main();
        assertThat(main).as(ages).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(PRICES.entryId()));
    }

    /** Whether the return costs, after the label answer: the entry that states a price, not the label again. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i send it back          | and do i have to pay to send it back?
            de | wie schicke ich es zurück      | und muss ich das bezahlen?
            es | como lo devuelvo               | y tengo que pagar el envío de vuelta?
            fr | comment je le renvoie          | et je dois payer le retour ?
            it | come lo rimando indietro       | e devo pagare io la spedizione di ritorno?
            pt | como é que devolvo isto        | e tenho que pagar o envio de volta?
            nl | hoe stuur ik het terug         | en moet ik daarvoor betalen?
            """)
    void whetherItCostsIsNotTheAnswerThatSaysNoPrice(String language, String question, String cost) {
        FakeSearch search = new FakeSearch().confidentOtherwise(LABEL, POLICY);
        DialogueFlow flow = DialogueFlow.flow(search, language);
        assertThat(flow.says(question).main()).isInstanceOf(Action.FaqAnswer.class);
        Action main = flow.says(cost).main();
        assertThat(main).as(cost).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(POLICY.entryId()));
    }
}
