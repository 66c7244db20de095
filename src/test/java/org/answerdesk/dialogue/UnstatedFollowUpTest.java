package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short follow-up after an answer ("and the phones, ...?") whose own reading is confident of an entry that states
 * none of its own words gets choices, never that entry as if sure; one of whose words the entry states keeps its
 * answer.
 */
class UnstatedFollowUpTest {

    private static final FaqMatch PRICE = new FaqMatch(81, "What does a game cost?", "CHF 42 per person, CHF 38 for"
            + " students.", 0.9);
    private static final FaqMatch ACCESS = new FaqMatch(82, "Are the rooms wheelchair accessible?", "The Lab and the"
            + " Vault are step-free by lift; the doors are 90 cm wide.", 0.8);
    private static final FaqMatch LOCKERS = new FaqMatch(83, "Can I take my bag along?", "Bags go into the free"
            + " lockers at the desk.", 0.6);

    private static DialogueFlow afterThePrice(String language, String first, String followUp) {
        Locale lang = Locale.forLanguageTag(language);
        String before = Cleanup.forLookup(Acts.read(first, lang).question(), lang);
        String own = Cleanup.forLookup(Acts.read(followUp, lang).question(), lang);
        FakeSearch search = new FakeSearch().confident(before, PRICE, LOCKERS).confident(own, ACCESS, LOCKERS, PRICE)
                .unsureOtherwise(LOCKERS, ACCESS, PRICE);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        assertThat(flow.says(first).main()).as(first).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(PRICE));
        return flow;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what does a game cost for three of us  | and the mobiles, can they come inside?
            de | was kostet ein spiel für drei leute     | und die handys, dürfen wir die drinnen behalten?
            fr | combien coûte une partie pour trois     | et les portables, on peut les garder à l'intérieur ?
            es | cuánto cuesta una partida para tres    | y los celulares, los podemos tener adentro?
            it | quanto costa una partita per tre       | e i cellulari, possiamo tenerli dentro?
            nl | wat kost een spel voor drie personen    | en de mobieltjes, mogen we die binnen houden?
            pt | quanto custa uma partida para três      | e os celulares, podemos ficar com eles lá dentro?
            """)
    void aFollowUpWhoseWordsTheEntryDoesNotSayGetsChoices(String language, String first, String followUp) {
        DialogueFlow flow = afterThePrice(language, first, followUp);
        Action reply = flow.says(followUp).main();
        assertThat(reply).as(followUp).isNotInstanceOf(Action.FaqAnswer.class);
        assertThat(reply).as(followUp).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).extracting(FaqMatch::entryId).contains(LOCKERS.entryId()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what does a game cost for three of us  | and the vault, can a wheelchair get in?
            de | was kostet ein spiel für drei leute     | und der vault, kommt man da mit rollstuhl rein?
            fr | combien coûte une partie pour trois     | et le vault, on y entre en fauteuil ?
            es | cuánto cuesta una partida para tres    | y el vault, se puede entrar en silla de ruedas?
            """)
    void aFollowUpWhoseWordTheEntrySaysKeepsItsAnswer(String language, String first, String followUp) {
        DialogueFlow flow = afterThePrice(language, first, followUp);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(ACCESS));
    }
}
