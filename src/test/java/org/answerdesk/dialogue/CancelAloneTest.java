package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "cancel" alone, with nothing to drop, asks about cancelling an order or a booking (set 7: in six languages the bot
 * said "alright, anything else?" and then greeted the "yes" that followed); with choices showing it still drops them,
 * and "never mind" stays what it is.
 */
class CancelAloneTest {

    private static final FaqMatch CANCELLING = new FaqMatch(91, "How do I cancel my booking?", "Up to 24 hours "
            + "before, free of charge, by phone or e-mail.", 0.9);

    private static final String CASES = """
            en | cancel     | never mind
            de | storno     | vergiss es
            es | cancelar   | olvidalo
            fr | annuler    | laisse tomber
            it | annulla    | lascia perdere
            nl | annuleren  | laat maar
            pt | cancelar   | esquece
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void aloneAsTheFirstMessageItAsksTheFaq(String language, String cancel, String neverMind) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(cancel);
        assertThat(d.main()).as(cancel).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(CANCELLING));
        Decision dropped = new DialogueFlow(search, DialogueState.fresh(lang)).says(neverMind);
        assertThat(dropped.main()).as(neverMind).isEqualTo(new Action.ActReply(Act.CANCEL, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void withChoicesShowingItDropsThem(String language, String cancel, String neverMind) {
        Locale lang = Locale.forLanguageTag(language);
        String unsure = "xyz qwv";
        FakeSearch search = new FakeSearch().unsure(unsure, CANCELLING, FakeSearch.ORDER)
                .confident(Cleanup.forLookup(cancel, lang), CANCELLING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        assertThat(flow.says(unsure).main()).isInstanceOf(Action.Clarify.class);
        assertThat(flow.says(cancel).main()).as(cancel).isNotInstanceOf(Action.FaqAnswer.class)
                .isNotInstanceOf(Action.Clarify.class);
    }

    /**
     * As in the app: the FAQ unsure of one word, the act phrasings sure it is "never mind": the customer is asked which
     * entry, never told "alright, anything else?".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void unsureAloneItGetsTheCancellingChoices(String language, String cancel, String neverMind) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup(cancel, lang), CANCELLING, FakeSearch.ORDER)
                .act(cancel, Act.CANCEL);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(cancel);
        assertThat(d.main()).as(cancel).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).startsWith(CANCELLING));
    }
}
