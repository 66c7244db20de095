package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short follow-up that asks "and what if" without a question mark ("and if I need it by Friday" after the delivery
 * times), read with the question before it as the entry just given again, asks of a case that answer may not hold:
 * its own reading's other entries are offered, the entry given last, never "that is all our help center says". Where
 * its own reading offers nothing else, that reply stands. (In Italian and Portuguese a leading "e" reads as "è"/"é",
 * a question's first word, so such a follow-up asks and gets the answer again: no "that is all" to replace.)
 */
class WhatIfFollowUpTest {

    private static final FaqMatch DELIVERY = new FaqMatch(91, "How long does delivery take?", "Parcels arrive in 3 to"
            + " 5 working days.", 0.9);
    private static final FaqMatch EXPRESS = new FaqMatch(92, "Do you offer express delivery?", "Yes, in 1 to 2 "
            + "working days for a surcharge.", 0.6);

    private static final String CASES = """
            en | how long does the delivery take           | ok. and if we need it by friday, my parents visit
            de | wie lange dauert die lieferung             | und wenn wir es bis freitag brauchen
            fr | combien de temps prend la livraison        | et si on en a besoin pour vendredi
            es | cuánto tarda el envío                      | y si lo necesitamos para el viernes
            nl | hoe lang duurt de levering                 | en als we het vrijdag al nodig hebben
            """;

    private static DialogueFlow afterTheAnswer(String language, String first, String followUp, boolean ownOffers) {
        Locale lang = Locale.forLanguageTag(language);
        String ownLookup = Cleanup.forLookup(Acts.read(followUp, lang).question(), lang);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(first, lang), DELIVERY)
                .confidentOtherwise(DELIVERY, EXPRESS);
        if (ownOffers) {
            search.unsure(ownLookup, DELIVERY, EXPRESS);
        } else {
            search.unsure(ownLookup, DELIVERY);
        }
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        assertThat(flow.says(first).main()).as(first).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(DELIVERY));
        return flow;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void aCaseAskedOfTheAnswerGetsTheEntriesOfItsOwnReadingTheAnswerLast(String language, String first,
                                                                         String whatIf) {
        DialogueFlow flow = afterTheAnswer(language, first, whatIf, true);
        assertThat(flow.says(whatIf).main()).as(whatIf).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).containsExactly(EXPRESS, DELIVERY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void aCaseWhoseOwnReadingHoldsNothingElseGetsThatIsAll(String language, String first, String whatIf) {
        DialogueFlow flow = afterTheAnswer(language, first, whatIf, false);
        assertThat(flow.says(whatIf).main()).as(whatIf)
                .isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.NOTHING_MORE));
    }
}
