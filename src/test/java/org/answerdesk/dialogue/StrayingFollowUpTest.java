package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A follow-up that strays from the answer just given (issue 61, set 24's it 7.2): read with the question answered the
 * FAQ is sure of that entry, while the message's own words are unsure and find other entries. Its choices are its own
 * reading's closest three, not the neighbours of the question answered, which the follow-up moved away from; the
 * right entry may be its own third. Sentences written for this test, in the seven shipped languages.
 */
class StrayingFollowUpTest {

    private static final FaqMatch PARKING = new FaqMatch(81, "Is there parking?", "Free parking behind the house.",
            0.8);
    private static final FaqMatch RESTAURANT = new FaqMatch(82, "Do you serve dinner?", "Every evening from 7.", 0.5);
    private static final FaqMatch POOL = new FaqMatch(83, "Is there a pool?", "Open May to September.", 0.5);
    private static final FaqMatch SPA = new FaqMatch(84, "Do you offer treatments?", "Book at the desk.", 0.5);
    private static final FaqMatch CHECKIN = new FaqMatch(85, "When is check-in?", "From 3 pm.", 0.5);
    private static final FaqMatch BREAKFAST = new FaqMatch(86, "Is breakfast included?", "Yes, 7 to 10.", 0.5);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | is there parking at the hotel           | and can we also book a couples massage?
            de | gibt es einen parkplatz beim hotel      | und kann man auch eine massage zu zweit buchen?
            es | hay aparcamiento en el hotel            | y se puede reservar también un masaje en pareja?
            fr | il y a un parking à l'hôtel             | et on peut aussi réserver un massage en duo ?
            it | c'è un parcheggio all'hotel             | e si può anche prenotare un massaggio di coppia?
            pt | há estacionamento no hotel              | e dá para marcar também uma massagem a dois?
            nl | is er parkeergelegenheid bij het hotel  | en kunnen we ook een massage met z'n tweeën boeken?
            """)
    void aFollowUpThatStraysGetsItsOwnReadingsChoices(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), PARKING)
                .unsure(lookup(language, followUp), RESTAURANT, POOL, SPA)
                .confident(lookup(language, first) + " " + lookup(language, followUp), PARKING, CHECKIN, BREAKFAST);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).extracting(FaqMatch::entryId)
                        .containsExactly(RESTAURANT.entryId(), POOL.entryId(), SPA.entryId()));
    }

    /** Where its own reading has fewer than three entries, the topic's others fill the choices, never the answer given. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | is there parking at the hotel      | and can we also book a couples massage?
            it | c'è un parcheggio all'hotel        | e si può anche prenotare un massaggio di coppia?
            """)
    void fewerOwnEntriesAreFilledFromTheTopicsReading(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), PARKING)
                .unsure(lookup(language, followUp), SPA)
                .confident(lookup(language, first) + " " + lookup(language, followUp), PARKING, CHECKIN, BREAKFAST);
        DialogueFlow flow = flow(search, language);
        flow.says(first);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).extracting(FaqMatch::entryId)
                        .containsExactly(SPA.entryId(), CHECKIN.entryId(), BREAKFAST.entryId()));
    }
}
