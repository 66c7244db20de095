package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "yes" typed while "did you mean" shows: to one choice, its answer; to several, "not sure which" and the offer of a
 * person, never "Great! What can I help you with?" (set 7: after the choices for "cancel", six languages).
 */
class YesToChoicesTest {

    private static final String CASES = """
            en | pw thing broken      | yes
            de | pw ding kaputt       | ja
            es | lo del pw no va      | sí
            fr | truc du mdp cassé    | oui
            it | la cosa della pw     | sì
            nl | ww ding stuk         | ja
            pt | coisa da pw avariada | sim
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void toOneChoiceYesIsItsAnswer(String language, String unsure, String yes) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup(unsure, lang), FakeSearch.PASSWORD)
                .confident(Cleanup.forLookup(FakeSearch.PASSWORD.question(), lang), FakeSearch.PASSWORD);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        assertThat(flow.says(unsure).main()).isInstanceOf(Action.Clarify.class);
        assertThat(flow.says(yes).main()).as(yes).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(FakeSearch.PASSWORD));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void toSeveralChoicesYesIsNotSureWhich(String language, String unsure, String yes) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup(unsure, lang), FakeSearch.PASSWORD,
                        FakeSearch.ORDER)
                .confident(Cleanup.forLookup(FakeSearch.PASSWORD.question(), lang), FakeSearch.PASSWORD)
                .confident(Cleanup.forLookup(FakeSearch.ORDER.question(), lang), FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        flow.says(unsure);
        assertThat(flow.says(yes).main()).as(yes).isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.UNSURE));
    }
}
