package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A push-back that carries a request (set 36's conversation 4, issue 61): "that's no use to me, I need it at my door
 * tonight" says what is missing as a question does, so it gets the apology and a person, never bare "not sure"
 * choices.
 */
class PushBackWithRequestTest {

    private static final FaqMatch INVOICE = entry(61, "Can I pay by invoice?");
    private static final FaqMatch DELIVERY = entry(62, "How long does delivery take?");
    private static final FaqMatch HOURS = entry(64, "When are you open?");

    /** Language | the first question | the push-back, then a need told as a statement. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can i pay by invoice | that doesn't help me. i need the invoice printed and posted to my office by tomorrow
            de | kann ich auf rechnung zahlen | so bringt mir das nix. ich brauch die rechnung bis morgen ausgedruckt im büro
            fr | je peux payer sur facture | ça ne m'aide pas. il me faut la facture imprimée au bureau avant demain
            it | posso pagare con fattura | così non mi serve. mi occorre la fattura stampata in ufficio entro domani
            es | puedo pagar con factura | así no me sirve. tengo que tener la factura impresa en la oficina mañana
            pt | posso pagar com fatura | assim não dá. preciso da fatura impressa no escritório até amanhã
            nl | kan ik op factuur betalen | daar heb ik niks aan. ik moet de factuur morgen op papier op kantoor hebben
            """)
    void aNeedAfterThePushBackGetsTheApologyAndAPerson(String language, String first, String pushBack) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().confident(DialogueFlow.lookup(language, first), INVOICE)
                .unsureOtherwise(DELIVERY, HOURS), language);
        flow.says(first);
        Decision d = flow.says(pushBack);
        assertThat(d.main()).as(pushBack + " -> " + d.main()).isInstanceOfSatisfying(Action.OfferPerson.class,
                o -> assertThat(o.why()).isEqualTo(Action.OfferPerson.Why.REJECTED));
    }
}
