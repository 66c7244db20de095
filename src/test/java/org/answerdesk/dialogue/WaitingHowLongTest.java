package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * While a conversation waits for a person, "how long will this take?" asks about the wait, in every shipped language
 * (an outside tester's set 5 got the delivery times): the acknowledgement that the team has it, never an FAQ entry;
 * a question that names its matter ("how long does delivery to the UK take") is still answered.
 */
class WaitingHowLongTest {

    private static final FaqMatch DELIVERY = new FaqMatch(7, "How long does delivery take?", "2-4 days.", 0.8);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long will this take      | how long does delivery to the UK take | How long does delivery take?
            de | wie lange dauert das noch?   | wie lange dauert die Lieferung nach Österreich | Wie lange dauert die Lieferung?
            es | ¿cuánto va a tardar esto?    | cuánto tarda el envío a Canarias | ¿Cuánto tarda el envío?
            fr | ça va prendre combien de temps ? | combien de temps prend la livraison en Belgique | Combien de temps prend la livraison ?
            it | quanto ci vuole ancora?      | quanto ci vuole per la spedizione in Sicilia | Quanto ci vuole per la spedizione e la consegna?
            pt | quanto tempo vai demorar?    | quanto tempo demora a entrega nos Açores | Quanto tempo demora a entrega?
            nl | hoe lang duurt het nog?      | hoe lang duurt de levering naar België | Hoe lang duurt de levering?
            de | wie lang dauert des no       | wie lange dauert die Lieferung in die Schweiz | Wie lange dauert die Lieferung?
            nl | hoelang nog??                | hoelang duurt de levering in Gent | Hoe lang duurt de levering?
            fr | encore combien de temps ?    | combien de temps dure la livraison au Québec | Combien de temps prend la livraison ?
            it | quanto manca ancora?         | quanto ci vuole per la consegna a Lugano | Quanto ci vuole per la spedizione e la consegna?
            pt | ainda falta muito?           | quanto tempo demora a entrega no Porto | Quanto tempo demora a entrega?
            """)
    void howLongWhileWaitingIsTheWaitNotAnEntry(String language, String howLong, String named, String question) {
        Locale lang = Locale.forLanguageTag(language);
        // the shop's FAQ is in the conversation's language: its delivery entry knows the word the named question uses
        FaqMatch delivery = new FaqMatch(DELIVERY.entryId(), question, DELIVERY.answer(), DELIVERY.score());
        FakeSearch search = new FakeSearch().confident(howLong, DELIVERY).confident(Cleanup.forLookup(howLong, lang),
                DELIVERY).confident(named, delivery).confident(Cleanup.forLookup(named, lang), delivery);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false));

        assertThat(flow.says(howLong).main()).as(howLong).isEqualTo(new Action.Acknowledge(false));
        assertThat(flow.says(named).main()).as(named).isInstanceOf(Action.FaqAnswer.class);
    }

    /**
     * How long until the person calls is the wait too (set 13, es 5.4: "y cuanto se demoran en llamar?" got the 48 h
     * turnaround entry): a word of calling ({@code person.call}) is part of the question about the wait, not a thing
     * it names. The other rows are written for this test.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long till you call me?
            de | wie lange dauerts bis ihr anruft?
            es | y cuanto se demoran en llamar?
            es | cuanto demoran en llamarme
            fr | dans combien de temps vous rappelez ?
            it | quanto ci mettete a chiamarmi?
            pt | quanto tempo demoram a ligar?
            nl | hoe lang nog voor ge belt?
            """)
    void howLongUntilTheCallIsTheWaitNotAnEntry(String language, String howLong) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(howLong, DELIVERY).confident(Cleanup.forLookup(howLong, lang),
                DELIVERY);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false));

        assertThat(flow.says(howLong).main()).as(howLong).isEqualTo(new Action.Acknowledge(false));
    }

    /**
     * How long until the call, in more words and with no word for anyone (set 34, fr 5.4: after a callback was
     * promised, "dans combien de temps à peu près" got the cleaning's turnaround entry): the call is what is awaited,
     * so a word of calling lets the question about the wait take up to ten words. Sentences written for this test.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | roughly how long till you ring then?
            de | wie lange dauert es ungefähr bis ihr mich anruft?
            es | y cuanto van a tardar en llamarme mas o menos?
            fr | vous appelez dans combien de temps environ ?
            fr | et vous rappelez dans combien de temps en gros ?
            pt | e mais ou menos quanto tempo demoram a ligar?
            nl | hoe lang duurt het ongeveer voor je me belt?
            """)
    void howLongUntilTheCallInMoreWordsIsTheWait(String language, String howLong) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(howLong, DELIVERY).confident(Cleanup.forLookup(howLong, lang),
                DELIVERY);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false));

        assertThat(flow.says(howLong).main()).as(howLong).isEqualTo(new Action.Acknowledge(false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|how long will this take", "de|wie lange dauert das noch?"})
    void beforeAHandoverItIsAQuestionLikeAnyOther(String language, String howLong) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(howLong, DELIVERY)
                .confident(Cleanup.forLookup(howLong, lang), DELIVERY);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        assertThat(flow.says(howLong).main()).isInstanceOf(Action.FaqAnswer.class);
    }
}
