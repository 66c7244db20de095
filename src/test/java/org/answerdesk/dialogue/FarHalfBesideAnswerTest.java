package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two marked questions in one message: the FAQ is sure of the first, and the second, asked in a few words that lean on
 * the first ("and is it dearer that late?"), is judged far from every entry although its closest entry is the one it
 * asks for. The first is answered, and the second offers its closest entries, headed by its own words, instead of
 * "not sure, other words or a person": the testers take one half answered and the other's entry among the choices.
 */
class FarHalfBesideAnswerTest {

    private static final FaqMatch FARE = entry(81, "What does a ride from the airport cost?");
    private static final FaqMatch NIGHT = entry(82, "Is there a surcharge at night?");
    private static final FaqMatch PAY = entry(83, "How can I pay the driver?");
    private static final FaqMatch BAGS = entry(84, "How many suitcases can I bring?");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what do you charge from the airport to the old town? | and is it dearer that late?
            de | was kostet die fahrt vom flughafen in die altstadt?   | und wird es so spät teurer?
            fr | ça coûte combien de l'aéroport jusqu'à la vieille ville ? | et à cette heure-là c'est plus cher ?
            es | cuanto sale del aeropuerto al centro historico?       | y a esa hora sale mas caro?
            it | quanto costa dall'aeroporto al centro storico?        | e a quell'ora si paga di più?
            nl | wat kost de rit van het vliegveld naar de binnenstad? | en is het zo laat duurder?
            pt | quanto custa do aeroporto até o centro histórico?     | e a essa hora fica mais caro?
            """)
    void aFarQuestionBesideAnAnswerOffersItsClosestEntries(String language, String first, String second) {
        String message = first + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, first), FARE, NIGHT)
                .offTopic(lookup(language, Parts.withoutAnd(second, Locale.forLanguageTag(language))), NIGHT, PAY,
                        BAGS);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions().stream().filter(Action.FaqAnswer.class::isInstance)
                .map(a -> ((Action.FaqAnswer) a).entry().entryId()).toList())
                .as(message + " -> " + d.actions()).containsExactly(FARE.entryId());
        assertThat(d.main()).as(message + " -> " + d.main()).isInstanceOf(Action.Clarify.class);
        Action.Clarify choices = (Action.Clarify) d.main();
        assertThat(choices.choices().stream().map(FaqMatch::entryId).toList()).as(message)
                .startsWith(NIGHT.entryId()).doesNotContain(FARE.entryId());
        assertThat(choices.about()).as(message).isNotBlank();
    }
}
