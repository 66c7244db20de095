package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two questions, each closed by its own question mark and joined by "and", the FAQ sure of the second alone and of
 * neither the first nor the whole message, the second's words shared as much with a rival entry as with its own
 * ("hay camaras para ver a los niños desde el celu? y donde estan ubicados?", set 37 es 7.1): the second is a
 * question of its own and is answered ({@link OwnTopic} guards a part cut from a story by its words; a part the
 * customer closed with its own question mark asks by itself). Sentences written for this test.
 */
class OwnQuestionMarkTest {

    private static final FaqMatch MEALS = entry(91, "What do the children eat?");
    private static final FaqMatch STAFF = entry(92, "Who looks after the children?");
    private static final FaqMatch LEVELS = entry(93, "From what age do you take children?");
    private static final FaqMatch PLACE = entry(94, "Where are you and is there parking?");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | hay camaras para ver a los niños desde el celu? y donde estan ubicados? | donde estan ubicados? | ubicados estan
            pt | tem camaras para ver os miudos pelo telemovel? e onde estao situados? | onde estao situados? | situados estao
            it | ci sono telecamere per vedere i bimbi dal telefono? e dove siete situati? | dove siete situati? | situati siete
            nl | zijn er cameras om de kinderen op mijn gsm te zien? en waar zijn jullie gevestigd? | waar zijn jullie gevestigd? | gevestigd
            en | are there cameras to watch the kids from my phone? and where are you located? | where are you located? | located
            de | gibt es kameras um die kinder am handy zu sehen? und wo seid ihr gelegen? | wo seid ihr gelegen? | gelegen
            fr | il y a des caméras pour voir les enfants sur le portable? et vous êtes situés où? | vous êtes situés où? | situés
            """)
    void theSecondQuestionWithItsOwnMarkIsAnswered(String language, String message, String second, String shared) {
        Locale lang = Locale.forLanguageTag(language);
        // the rival's wording holds the second question's words as the entry's own does: they name neither
        FakeSearch search = new FakeSearch().unsureOtherwise(MEALS, STAFF, LEVELS)
                .worded(PLACE, shared + " parking").worded(LEVELS, shared + " children age")
                .confident(Cleanup.forLookup(second, lang), PLACE, LEVELS, MEALS);
        Decision d = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(message);
        assertThat(d.actions()).as(message + " -> " + d.actions())
                .anyMatch(a -> a instanceof Action.FaqAnswer f && f.entry().equals(PLACE));
    }
}
