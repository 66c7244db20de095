package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A first message that states one thing and nothing about it ("my bike is not ok", "la bici non va"), answered
 * confidently by an entry that names the thing no more than the next entries do: choices, never one entry as if
 * sure. The same statement when only the answered entry names the thing is answered. New sentences, seven languages.
 */
class OneThingOpenerTest {

    /** The decision on {@code text} as a first message, the three entries (41-43) confident in that order. */
    private static Decision first(String language, String text, String first, String second, String third) {
        FakeSearch search = new FakeSearch().confidentOtherwise(entry(41, first), entry(42, second), entry(43, third));
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH)
                .withLanguage(Locale.forLanguageTag(language))).says(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my bike is not ok       | My bike has a flat tyre, can you fix it?  | How much is a bike service?        | Do you sell locks?
            de | mein fahrrad tut nicht  | Mein Fahrrad hat einen Platten, repariert ihr das? | Was kostet eine Fahrrad-Inspektion? | Verkauft ihr Schlösser?
            fr | mon vélo ne va pas      | Mon vélo a un pneu crevé, vous le réparez ? | Combien coûte la révision d'un vélo ? | Vendez-vous des antivols ?
            it | la bici non va          | La bici ha una gomma bucata, la riparate? | Quanto costa il tagliando della bici? | Vendete lucchetti?
            es | la bici no va           | La bici tiene un pinchazo, ¿la arregláis? | ¿Cuánto cuesta la revisión de la bici? | ¿Vendéis candados?
            nl | mijn fiets is niet ok   | Mijn fiets heeft een lekke band, maken jullie dat? | Wat kost een onderhoudsbeurt van de fiets? | Verkopen jullie sloten?
            pt | a bicicleta nao da      | A bicicleta tem um pneu furado, arranjam? | Quanto custa a revisão da bicicleta? | Vendem cadeados?
            """)
    void oneThingTheNextEntriesNameAsMuchGetsChoices(String language, String text, String first, String second,
                                                     String third) {
        Decision d = first(language, text, first, second, third);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) d.main()).choices()).extracting(FaqMatch::entryId).contains(41L, 42L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my bike is not ok       | My bike has a flat tyre, can you fix it?  | How much is a service?        | Do you sell locks?
            de | mein fahrrad tut nicht  | Mein Fahrrad hat einen Platten, repariert ihr das? | Was kostet eine Inspektion? | Verkauft ihr Schlösser?
            fr | mon vélo ne va pas      | Mon vélo a un pneu crevé, vous le réparez ? | Combien coûte une révision ? | Vendez-vous des antivols ?
            it | la bici non va          | La bici ha una gomma bucata, la riparate? | Quanto costa un tagliando? | Vendete lucchetti?
            es | la bici no va           | La bici tiene un pinchazo, ¿la arregláis? | ¿Cuánto cuesta una revisión? | ¿Vendéis candados?
            nl | mijn fiets is niet ok   | Mijn fiets heeft een lekke band, maken jullie dat? | Wat kost een onderhoudsbeurt? | Verkopen jullie sloten?
            pt | a bicicleta nao da      | A bicicleta tem um pneu furado, arranjam? | Quanto custa uma revisão? | Vendem cadeados?
            """)
    void oneThingOnlyTheAnsweredEntryNamesIsAnswered(String language, String text, String first, String second,
                                                     String third) {
        Decision d = first(language, text, first, second, third);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.FaqAnswer.class);
    }
}
