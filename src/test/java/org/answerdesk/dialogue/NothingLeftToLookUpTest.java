package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A message typed while the choices a "that didn't help" brought are showing is read against the question those
 * choices were offered for; that question ("that didnt help") has nothing left to look up once its act is taken off,
 * and a lookup of nothing made the embedder refuse the message (HTTP 400 to the customer). {@link FakeSearch} refuses a
 * blank lookup as the embedder does.
 */
class NothingLeftToLookUpTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Where is my order? | that didnt help          | fine just give me a number to ring
            de | Wo ist meine Bestellung? | das hat nicht geholfen | dann geben sie mir halt eine nummer zum anrufen
            fr | Où est ma commande ? | ça m'aide pas          | bon donnez-moi juste un numéro à appeler
            """)
    void aMessageAfterTheChoicesOfADidNotHelpIsDecided(String language, String first, String notHelped,
                                                        String typed) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(first, lang), FakeSearch.ORDER,
                FakeSearch.SHIPPING, FakeSearch.PASSWORD);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        flow.says(first);
        assertThat(flow.says(notHelped).main()).as(notHelped).isInstanceOf(Action.Clarify.class);
        assertThatCode(() -> flow.says(typed)).as(typed).doesNotThrowAnyException();
    }
}
