package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A message of several parts, none of them answered, whose first part only tells the case: its choices are led by
 * the entry the whole message's reading leads with, not by the entry the case's few words are near.
 */
class WholeFirstTest {

    private static final FaqMatch GIFT = entry(61, "Can I give a cab ride as a present?");
    private static final FaqMatch PAY = entry(62, "How can I pay?");
    private static final FaqMatch CANCEL = entry(63, "Can I cancel my booking?");
    private static final FaqMatch TOURS = entry(64, "Which tours do you run?");

    /**
     * The case's part is near the payment entry, the question's part near the gift entry (both unsure); the whole
     * message leads with the gift entry. Before, the parts' choices taken in turns put the payment entry first.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my grandad turns eighty next month and he loves old trains, could we get him a ride up front as a present?
            de | mein opa wird nächsten monat achtzig und er liebt alte züge, könnten wir ihm eine fahrt vorne im führerstand schenken?
            fr | mon grand-père a quatre-vingts ans le mois prochain et il adore les vieux trains, on pourrait lui offrir un tour en cabine ?
            es | mi abuelo cumple ochenta el mes que viene y le encantan los trenes viejos, podemos regalarle un viaje en la cabina?
            """)
    void theWholeMessagesFirstEntryLeadsThePartsChoices(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        List<List<String>> splits = LooseJoin.splits(message, lang);
        assertThat(splits).isNotEmpty();
        FakeSearch search = new FakeSearch();
        search.unsure(Cleanup.forLookup(message, lang), GIFT, PAY, TOURS);
        search.unsure(message, GIFT, PAY, TOURS);
        for (List<String> halves : splits) {
            search.unsure(Cleanup.forLookup(halves.get(0), lang), PAY, CANCEL);
            search.unsure(Cleanup.forLookup(halves.get(1), lang), GIFT, TOURS);
        }
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        Action.Clarify choices = (Action.Clarify) flow.says(message).main();
        assertThat(choices.choices().get(0)).isEqualTo(GIFT);
        assertThat(choices.choices()).contains(PAY);
    }
}
