package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short follow-up that names nothing of its own ("and how many days will that be?"), after choices for a refund
 * question the bot could not place, is sure of the delivery time by its asking words alone; read with the question before it leads with
 * the refund time. Typed instead of a choice, it gets both as choices, the refund first, never the delivery time as if sure. A follow-up that
 * names the delivery, which the refund entry does not state, is a new question and keeps its answer.
 */
class UnnamedFollowUpTest {

    private static final String CASES = """
            en | I sent the lamp back and want my money, but the old card is cancelled now | How long does a refund take? | Refunds reach your account within 5-10 days. | How long does delivery take? | Delivery takes 2-4 days. | and how many days will that be? | and how many days does delivery to Ireland take?
            de | ich hab die Lampe zurückgeschickt und will mein Geld, aber die alte Karte ist gekündigt | Wie lange dauert eine Erstattung? | Erstattungen sind nach 5-10 Tagen auf Ihrem Konto. | Wie lange dauert der Versand? | Der Versand dauert 2-4 Tage. | und wie viele Tage dauert das? | und wie viele Tage dauert der Versand nach Irland?
            fr | j'ai renvoyé la lampe et je veux mon argent, mais je n'ai plus l'ancienne carte | Combien de temps prend un remboursement ? | Les remboursements arrivent sous 5 à 10 jours. | Combien de temps prend la livraison ? | La livraison prend 2 à 4 jours. | et il faut compter combien de jours ? | et la livraison en Irlande prend combien de jours ?
            es | devolví la lámpara y quiero mi dinero, pero la tarjeta vieja está cancelada | ¿Cuánto tarda un reembolso? | Los reembolsos llegan en 5 a 10 días. | ¿Cuánto tarda el envío? | El envío tarda de 2 a 4 días. | ¿y cuántos días tarda eso? | ¿y cuántos días tarda el envío a Irlanda?
            it | ho rimandato la lampada e voglio i soldi, ma la vecchia carta è chiusa | Quanto tempo richiede un rimborso? | I rimborsi arrivano entro 5-10 giorni. | Quanto tempo richiede la spedizione? | La spedizione richiede 2-4 giorni. | e quanti giorni ci vogliono? | e quanti giorni ci vogliono per la spedizione in Irlanda?
            nl | ik heb de lamp teruggestuurd en wil mijn geld, maar de oude kaart is opgezegd | Hoe lang duurt een terugbetaling? | Terugbetalingen staan binnen 5-10 dagen op uw rekening. | Hoe lang duurt de verzending? | De verzending duurt 2-4 dagen. | en hoeveel dagen duurt dat? | en hoeveel dagen duurt de verzending naar Ierland?
            pt | devolvi a lâmpada e quero o meu dinheiro, mas o cartão antigo está cancelado | Quanto tempo demora um reembolso? | Os reembolsos chegam em 5 a 10 dias. | Quanto tempo demora o envio? | O envio demora 2 a 4 dias. | e quantos dias demora isso? | e quantos dias demora o envio para a Irlanda?
            """;

    private static DialogueFlow afterAnUnplacedRefund(FakeSearch search, String language, String first) {
        // choices the customer does not take: where the refund goes, the return label (after the offer of a person,
        // "how many days?" asks the wait: NotHandedOverYet)
        search.unsure(lookup(language, first), new FaqMatch(93, "?", "card", 0.5), new FaqMatch(94, "??", "label", 0.4));
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says(first).main()).as(first).isNotInstanceOf(Action.FaqAnswer.class);
        return flow;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void aFollowUpThatNamesNothingGetsTheTopicsEntryFirstNotAnAnswerAsIfSure(String language, String first,
            String refundQ, String refundA, String deliveryQ, String deliveryA, String followUp, String named) {
        FaqMatch refund = new FaqMatch(91, refundQ, refundA, 0.9);
        FaqMatch delivery = new FaqMatch(92, deliveryQ, deliveryA, 0.9);
        FakeSearch search = new FakeSearch().confident(lookup(language, followUp), delivery, refund)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), refund, delivery);
        DialogueFlow flow = afterAnUnplacedRefund(search, language, first);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).extracting(FaqMatch::entryId).as(followUp).startsWith(91L, 92L));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void aFollowUpThatNamesTheSureEntrysThingKeepsItsAnswer(String language, String first, String refundQ,
            String refundA, String deliveryQ, String deliveryA, String followUp, String named) {
        FaqMatch refund = new FaqMatch(91, refundQ, refundA, 0.9);
        FaqMatch delivery = new FaqMatch(92, deliveryQ, deliveryA, 0.9);
        FakeSearch search = new FakeSearch().confident(lookup(language, named), delivery, refund)
                .unsure(lookup(language, first) + " " + lookup(language, named), refund, delivery);
        DialogueFlow flow = afterAnUnplacedRefund(search, language, first);
        assertThat(flow.says(named).main()).as(named).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).as(named).isEqualTo(92L));
    }
}
