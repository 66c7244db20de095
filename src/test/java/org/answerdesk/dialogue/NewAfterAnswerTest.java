package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The choices a short follow-up of an answer gets do not lead with the entry that answer gave (set 31 es 1.2 "y cuanto
 * tiempo me quedo sin poder ducharme?" after the bathroom's price got choices led by the bathroom's price; nl 1.2 "en
 * let er iemand op ze?" after the age limits, led by the age limits). Sentences written for this test, in the seven
 * shipped languages: the follow-up's own reading is unsure, with the entry just given first.
 */
class NewAfterAnswerTest {

    private static final FaqMatch PRICE = new FaqMatch(501, "How much does a new kitchen cost?",
            "A fitted kitchen of about 8 m² costs from 6,500 €, appliances extra.", 0.8);
    private static final FaqMatch DURATION = new FaqMatch(502, "How long do the works take?",
            "A kitchen takes about two weeks from the first day on site.", 0.6);
    private static final FaqMatch PAY = new FaqMatch(503, "How can I pay?",
            "By bank transfer or card; instalments from 1,500 €.", 0.5);
    private static final FaqMatch AREA = new FaqMatch(504, "Which areas do you cover?",
            "The whole island; outside the city we add 25 € a day for travel.", 0.5);

    /** One answer, then a short follow-up: its choices open with an entry the answer did not give. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what does a new kitchen cost roughly? | and how many days without a kitchen?
            de | was kostet ungefähr eine neue Küche? | und wie viele Tage ohne Küche?
            es | cuánto sale una cocina nueva más o menos? | y cuántos días me quedo sin cocina?
            fr | combien coûte une cuisine neuve à peu près ? | et combien de jours sans cuisine ?
            it | quanto costa più o meno una cucina nuova? | e quanti giorni resto senza cucina?
            nl | wat kost een nieuwe keuken ongeveer? | en hoeveel dagen zit ik zonder keuken?
            pt | quanto custa mais ou menos uma cozinha nova? | e quantos dias fico sem cozinha?
            """)
    void theEntryJustGivenIsNotTheFirstChoice(String language, String question, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, question), PRICE, PAY)
                .unsure(lookup(language, followUp), PRICE, DURATION, PAY)
                .unsure(lookup(language, question) + " " + lookup(language, followUp), PRICE, DURATION, PAY);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(question).main()).isInstanceOf(Action.FaqAnswer.class);
        Action next = flow.says(followUp).main();
        assertThat(next).as(followUp + " -> " + next).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) next).choices()).extracting(FaqMatch::entryId)
                .as(followUp).containsExactly(DURATION.entryId(), PAY.entryId(), PRICE.entryId());
    }

    /** Two answers in one reply, then a short follow-up: neither entry given opens its choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what does a new kitchen cost roughly? | can I pay it in instalments? | and if I live up north?
            es | cuánto sale una cocina nueva? | se puede pagar en cuotas? | y si vivo en el sur?
            fr | combien coûte une cuisine neuve ? | on peut payer en plusieurs fois ? | et si j'habite dans le nord ?
            nl | wat kost een nieuwe keuken? | kan ik in termijnen betalen? | en als ik in het noorden woon?
            pt | quanto custa uma cozinha nova? | dá pra pagar parcelado? | e se eu morar no interior?
            """)
    void neitherAnswerOfTwoIsTheFirstChoice(String language, String one, String two, String followUp) {
        String message = one + " " + two;
        FakeSearch search = new FakeSearch().confident(lookup(language, one), PRICE, DURATION)
                .confident(lookup(language, two), PAY, DURATION)
                .confident(lookup(language, message), PRICE, PAY)
                .unsure(lookup(language, followUp), PAY, PRICE, AREA);
        DialogueFlow flow = flow(search, language);
        Decision opening = flow.says(message);
        assertThat(opening.actions()).as(message + " -> " + opening.actions()).hasSize(2);
        Action next = flow.says(followUp).main();
        assertThat(next).as(followUp + " -> " + next).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) next).choices().get(0).entryId()).as(followUp + " -> " + next)
                .isEqualTo(AREA.entryId());
    }
}
