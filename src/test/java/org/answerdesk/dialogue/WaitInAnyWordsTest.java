package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * While a person is awaited, "how long?" in words no lexicon lists (set 35, de 5.4: "wie lang dauert das ungefähr bis
 * sich einer meldet?" got the shipping entry): a how-long question none of whose other words the FAQ's nearest
 * entries know asks about the wait; one that names what the FAQ knows ("delivery") is answered. Sentences written
 * for this test.
 */
class WaitInAnyWordsTest {

    private static final FaqMatch DELIVERY = new FaqMatch(7, "How long does delivery take?",
            "Delivery takes 2 to 4 working days.", 0.8);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | wie lange dauert es ungefähr, bis einer von euch zurückschreibt?
            es | cuánto tardan más o menos en contestarme alguno de ustedes?
            es | más o menos cuánto falta para que alguien me conteste?
            fr | combien de temps environ avant que l'un de vous me réponde ?
            it | quanto manca più o meno prima che uno di voi mi scriva?
            it | quanto ci vuole più o meno prima che qualcuno mi risponda?
            nl | hoe lang duurt het ongeveer voordat een van jullie reageert?
            pt | quanto tempo falta mais ou menos para um de vocês me atender?
            """)
    void howLongInWordsTheFaqDoesNotKnowIsTheWait(String language, String howLong) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(howLong, DELIVERY).confident(Cleanup.forLookup(howLong, lang),
                DELIVERY);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false));

        assertThat(flow.says(howLong).main()).as(howLong).isEqualTo(new Action.Acknowledge(false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | roughly how long does the delivery to Vienna take?           | How long does delivery take?
            de | wie lange dauert die Lieferung ungefähr, bis sie bei mir ist? | Wie lange dauert die Lieferung?
            fr | combien de temps prend la livraison jusqu'à Lyon ?           | Combien de temps prend la livraison ?
            nl | hoe lang duurt de levering ongeveer naar Gent?               | Hoe lang duurt de levering?
            """)
    void howLongAboutWhatTheFaqKnowsIsAnswered(String language, String named, String question) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch delivery = new FaqMatch(7, question, "2-4.", 0.8);
        FakeSearch search = new FakeSearch().confident(named, delivery).confident(Cleanup.forLookup(named, lang),
                delivery);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false));

        assertThat(flow.says(named).main()).as(named).isInstanceOf(Action.FaqAnswer.class);
    }
}
