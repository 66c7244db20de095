package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A message with no question mark split at its "and" whose first half only tells the customer's case ("we are ten colleagues") and whose
 * second asks. The telling half, read alone, is confident of an entry its few words are near (how many fit on a
 * boat); the message read whole is sure of nothing. The telling half asks nothing, so it is no question of its own:
 * the message is one question and gets its choices, with no entry answered as if sure. Where the whole message is
 * confident of the telling half's entry too, that entry is answered beside the question's choices as before.
 */
class TellingHalfTest {

    private static final FaqMatch GROUP = entry(91, "How many people fit on one boat?");
    private static final FaqMatch LICENCE = entry(92, "Do I need a boating licence?");
    private static final FaqMatch SKIPPER = entry(93, "Can we hire a skipper?");
    private static final FaqMatch DOG = entry(94, "May my dog come on board?");

    private static final String ROWS = """
            en | we are ten colleagues       | and can one of us steer the boat without a licence
            de | wir sind zehn kollegen      | und darf einer von uns ohne führerschein das boot steuern
            fr | nous sommes dix collègues   | et est-ce que l'un de nous peut conduire le bateau sans permis
            es | somos diez compañeros de trabajo | y puede uno de nosotros llevar el barco sin licencia
            it | siamo dieci colleghi di lavoro | e vorremmo sapere se uno di noi può guidare la barca senza patente
            nl | we zijn met tien collega's  | en mag een van ons zonder vaarbewijs sturen
            pt | somos dez colegas de trabalho | e um de nós pode pilotar o barco sem carta
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = ROWS)
    void aHalfThatOnlyTellsIsNoQuestionOfItsOwn(String language, String told, String asked) {
        String message = told + " " + asked;
        FakeSearch search = new FakeSearch().confident(lookup(language, told), GROUP, DOG, LICENCE)
                .unsureOtherwise(LICENCE, SKIPPER, GROUP);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions()).as(message + " -> " + d.actions()).noneMatch(Action.FaqAnswer.class::isInstance);
        assertThat(d.main()).as(message + " -> " + d.main()).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) d.main()).choices().stream().map(FaqMatch::entryId).toList()).as(message)
                .contains(LICENCE.entryId(), SKIPPER.entryId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = ROWS)
    void aTellingHalfTheWholeMessageIsSureOfIsAnswered(String language, String told, String asked) {
        String message = told + " " + asked;
        FakeSearch search = new FakeSearch().confident(lookup(language, told), GROUP, DOG, LICENCE)
                .confident(lookup(language, message), GROUP, LICENCE, SKIPPER)
                .unsureOtherwise(LICENCE, SKIPPER, GROUP);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions().stream().filter(Action.FaqAnswer.class::isInstance)
                .map(a -> ((Action.FaqAnswer) a).entry().entryId()).toList())
                .as(message + " -> " + d.actions()).contains(GROUP.entryId());
    }
}
