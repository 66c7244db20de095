package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short follow-up's "did you mean" choices that its own words alone chose are led by the entry its reading with the
 * question before also finds ("do the little ones pay less?" after the tour's price: the children's prices before
 * the lunch its own words lead with); the same entries are offered. Where the reading with the question before finds
 * none of them, the order stands.
 */
class AgreedChoicesOrderTest {

    private static final String CASES = """
            en | what does the city walking tour cost? | do the little ones pay less?
            de | was kostet die Stadtführung? | zahlen die Kleinen weniger?
            fr | combien coûte la visite guidée de la ville ? | les petits paient moins ?
            es | ¿cuánto cuesta la visita guiada por la ciudad? | ¿los peques pagan menos?
            it | quanto costa la visita guidata della città? | i piccoli pagano meno?
            pt | quanto custa a visita guiada à cidade? | os miúdos pagam menos?
            nl | wat kost de stadswandeling met gids? | betalen de kleintjes minder?
            """;

    private static final FaqMatch TOUR = new FaqMatch(91, "How much is the city tour?", "25 a person.", 0.9);
    private static final FaqMatch LUNCH = new FaqMatch(92, "Is lunch included?", "A picnic is, drinks are not.", 0.9);
    private static final FaqMatch KIDS = new FaqMatch(94, "Are there reduced prices for children?", "Half price.", 0.9);
    private static final FaqMatch MEET = new FaqMatch(95, "Where do we meet?", "At the fountain.", 0.9);
    private static final FaqMatch PRIVATE = new FaqMatch(96, "Can we book a private tour?", "From 120.", 0.9);

    private static Action.Clarify choices(FakeSearch search, String language, String first, String followUp) {
        search.confident(lookup(language, first), TOUR);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        Action main = flow.says(followUp).main();
        assertThat(main).as(followUp).isInstanceOf(Action.Clarify.class);
        return (Action.Clarify) main;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void theEntryTheReadingWithTheQuestionBeforeAlsoFindsLeads(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, followUp), LUNCH, KIDS, MEET)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), KIDS, TOUR, PRIVATE);
        Action.Clarify c = choices(search, language, first, followUp);
        assertThat(c.choices()).as(followUp).extracting(FaqMatch::entryId).containsExactly(94L, 92L, 95L);
        assertThat(c.closest()).isEqualTo(94L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void theOrderStandsWhereTheReadingWithTheQuestionBeforeFindsNoneOfThem(String language, String first,
            String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, followUp), LUNCH, KIDS, MEET)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), TOUR, PRIVATE);
        Action.Clarify c = choices(search, language, first, followUp);
        assertThat(c.choices()).as(followUp).extracting(FaqMatch::entryId).containsExactly(92L, 94L, 95L);
    }
}
