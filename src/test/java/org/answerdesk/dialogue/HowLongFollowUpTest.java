package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "wie lang" asks how long as "wie lange" does (issue 61 item 2, set 32 de 7.2): after the answer on a wish list, "und
 * wie lang hebt ihr die auf?" is of that list, not of the entry whose question says "wie lange" (the vouchers). German
 * only: the word is of the German lexicon ({@code topic.ask}); sentences written for this test.
 */
class HowLongFollowUpTest {

    private static final FaqMatch VOUCHERS = new FaqMatch(601, "Wie lange gelten Gutscheine?",
            "Gutscheine gelten 3 Jahre ab Kauf; was übrig bleibt, steht weiter auf dem Gutschein.", 0.5);
    private static final FaqMatch HOURS = new FaqMatch(602, "Wann haben Sie geöffnet?",
            "Montag bis Samstag von 9 bis 18 Uhr.", 0.5);
    private static final FaqMatch SPARES = new FaqMatch(603, "Bekommen Sie Ersatzteile?",
            "Ja, für fast alle Marken in einer Woche.", 0.5);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kann man bei euch so eine geschenkliste für die taufe anlegen? | und wie lang hebt ihr die auf?
            geht bei euch eine geschenkliste zur hochzeit? | und wie lang bewahrt ihr so was auf?
            macht ihr auch geschenklisten für den geburtstag? | wie lang hebt ihr die liste denn auf?
            """)
    void wieLangIsOfTheTopic(String first, String followUp) {
        FaqMatch list = new FaqMatch(604, "Kann ich eine Geschenkliste anlegen?",
                "Ja, zur Taufe, Hochzeit oder zum Geburtstag. Gäste kaufen im Laden daraus; die Liste heben wir 6 Wochen "
                        + "auf und liegt bis dahin an der Kasse.", 0.7);
        String asked = lookup("de", first);
        String own = lookup("de", followUp);
        FakeSearch search = new FakeSearch().confident(asked, list, VOUCHERS, HOURS)
                .unsure(own, SPARES, HOURS, VOUCHERS)
                .confident(asked + " " + own, list, SPARES, VOUCHERS)
                .confident(lookup("de", list.question()) + " " + own, list, VOUCHERS, HOURS);
        DialogueFlow flow = flow(search, "de");
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        Action next = flow.says(followUp).main();
        assertThat(next).as(followUp + " -> " + next).isInstanceOf(Action.FaqAnswer.class);
        assertThat(((Action.FaqAnswer) next).entry().entryId()).as(followUp + " -> " + next)
                .isEqualTo(list.entryId());
    }
}
