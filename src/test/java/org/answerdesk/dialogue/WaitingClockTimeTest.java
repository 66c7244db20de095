package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * While a person is awaited, "in how many minutes do you call?" with a word of time or a unit of it and a word of
 * waiting or calling asks how long the wait is, and a clock time or deadline the customer states beside it ("I leave
 * at 3") is no reason to read the FAQ (issue 61, set 38 en 5.4 and it 5.4): the acknowledgement, never an entry. A
 * question that names its matter ("how many minutes does delivery take") is still answered. Sentences written for
 * this test.
 */
class WaitingClockTimeTest {

    private static final FaqMatch DELIVERY = new FaqMatch(7, "How long does delivery take?", "2-4 days.", 0.8);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how many minutes till you call me? I have to leave at 3
            en | how many hours do i wait? my shift starts soon
            de | wie viele minuten muss ich noch warten? um 14 uhr bin ich weg
            es | en cuantos minutos me van a llamar? a las 5 me voy
            fr | dans combien de minutes vous appelez ? je pars à 16h
            it | fra quanto mi richiamate? alle 18 esco
            pt | quantos minutos tenho que esperar? saio às 13h
            nl | hoeveel minuten moet ik nog wachten? om 4 uur ga ik weg
            """)
    void howLongWithAClockTimeIsTheWait(String language, String howLong) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(howLong, DELIVERY).confident(Cleanup.forLookup(howLong, lang),
                DELIVERY);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false));

        assertThat(flow.says(howLong).main()).as(howLong).isEqualTo(new Action.Acknowledge(false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how many hours does delivery to Leeds take? | How long does delivery take?
            it | quante ore ci vuole per la spedizione a Bari? | Quanto ci vuole per la spedizione?
            de | wie viele stunden dauert die Lieferung nach Graz? | Wie lange dauert die Lieferung?
            es | cuantas horas tarda el envío a Vigo? | ¿Cuánto tarda el envío?
            """)
    void aNamedMatterInHoursIsStillAnswered(String language, String named, String question) {
        Locale lang = Locale.forLanguageTag(language);
        // the shop's FAQ is in the conversation's language: its delivery entry knows the word the question names
        FaqMatch delivery = new FaqMatch(DELIVERY.entryId(), question, DELIVERY.answer(), DELIVERY.score());
        FakeSearch search = new FakeSearch().confident(named, delivery).confident(Cleanup.forLookup(named, lang),
                delivery);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false));

        assertThat(flow.says(named).main()).as(named).isInstanceOf(Action.FaqAnswer.class);
    }
}
