package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short follow-up answered as if sure with an entry no reading of it leads with (issue 61 item 2, set 26): one of
 * its few words that another entry happens to state chose that entry ("y hay que pagar por ella?" after the bike: the
 * children's fares, which say "pagan"). Read with the conversation's topic, it is of the entry just given, or the
 * customer is asked with the topic's entry first. Each case in the seven shipped languages, sentences written for this
 * test.
 */
class UnheldFollowUpTest {

    private static final FaqMatch LUGGAGE = new FaqMatch(401, "How much luggage can I take?",
            "Two suitcases in the hold.", 0.6);
    private static final FaqMatch TICKETS = new FaqMatch(402, "Where do I buy a ticket?", "Online or on board.", 0.5);
    private static final FaqMatch OFFICES = new FaqMatch(403, "Where are your ticket offices?", "At the stations.",
            0.5);
    private static final FaqMatch PASSES = new FaqMatch(404, "Do you sell passes?", "Ten-trip passes.", 0.5);

    /**
     * After an answer, a short follow-up that points back ("for it", "dafür") and one of whose words a far entry
     * states: never that entry as if sure. Read with the question of the entry given it is confident of that entry:
     * that entry's answer (the topic carries).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can i bring my bike on the coach? | and do i have to pay for it too? | Yes, in the hold: 5 € a trip; book it with your ticket. | Under 4 travel free; from 4 to 11 they pay half.
            de | kann ich mein fahrrad im bus mitnehmen? | und muss ich dafür auch zahlen? | Ja, im Gepäckraum: 5 € pro Fahrt, mit dem Ticket buchen. | Unter 4 Jahren gratis, von 4 bis 11 zahlen Kinder die Hälfte.
            es | puedo llevar mi bici en el autocar? | y hay que pagar por eso también? | Sí, en la bodega: 5 € por trayecto, resérvela con el billete. | Menores de 4 viajan gratis; de 4 a 11 pagan la mitad.
            fr | je peux prendre mon vélo dans le car ? | et faut payer pour ça aussi ? | Oui, en soute : 5 € par trajet, à réserver avec le billet. | Moins de 4 ans gratuit ; de 4 à 11 ans ils payent moitié prix.
            it | posso portare la bici sul pullman? | e si paga anche quella? | Sì, nel bagagliaio: 5 € a tratta, da prenotare col biglietto. | Sotto i 4 anni gratis; da 4 a 11 anni pagano metà.
            pt | posso levar a bicicleta no autocarro? | e paga-se à parte? | Sim, no porão: 5 € por viagem, reserve com o bilhete. | Até aos 4 anos grátis; dos 4 aos 11 pagam metade.
            nl | mag mijn fiets mee in de bus? | en moet ik daar ook voor betalen? | Ja, in het bagageruim: 5 € per rit, reserveer hem bij je kaartje. | Onder de 4 gratis; van 4 tot 11 betalen ze de helft.
            """)
    void aWordAFarEntryStatesDoesNotMoveTheTopic(String language, String first, String followUp, String bikeAnswer,
                                                 String childrenAnswer) {
        FaqMatch bike = new FaqMatch(405, "Can I take my bike?", bikeAnswer, 0.7);
        FaqMatch children = new FaqMatch(406, "What do children pay?", childrenAnswer, 0.5);
        String asked = lookup(language, first);
        String own = lookup(language, followUp);
        FakeSearch search = new FakeSearch().confident(asked, bike, LUGGAGE, TICKETS)
                .unsure(own, TICKETS, OFFICES, PASSES)
                .unsure(asked + " " + own, LUGGAGE, bike, children)
                .confident(lookup(language, bike.question()) + " " + own, bike, TICKETS, OFFICES);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        Action next = flow.says(followUp).main();
        assertThat(next).as(followUp + " -> " + next).isInstanceOf(Action.FaqAnswer.class);
        assertThat(((Action.FaqAnswer) next).entry().entryId()).as(followUp + " -> " + next)
                .isEqualTo(bike.entryId());
    }

    /**
     * While choices show, a short follow-up one of whose words the third entry shown happens to state, its own
     * reading unsure of another entry, its reading with the first entry's question confident of that entry: never the
     * third entry as if sure; choices led by the first entry shown.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | could you bring us 4 crates of water every week? | and over christmas? | The driver takes up to 10 empty crates; the deposit is paid over with the next order.
            de | könnt ihr uns jede woche 4 kisten wasser bringen? | und über ostern? | Der Fahrer nimmt bis zu 10 leere Kisten mit, das Pfand wird aufs Konto überwiesen.
            es | nos podeis traer 4 cajas de agua cada semana? | y si cerramos en navidad? | El repartidor se lleva hasta 10 cajas vacías, también las cerradas con precinto.
            fr | vous pouvez nous livrer 4 caisses d'eau chaque semaine ? | et si on est fermés à noël ? | Le livreur reprend jusqu'à 10 caisses vides, même si le magasin est fermé.
            it | ci portate 4 casse d'acqua ogni settimana? | e a natale chiusi? | L'autista ritira fino a 10 casse vuote, anche col negozio chiuso.
            pt | podem trazer-nos 4 grades de água todas as semanas? | e no natal fechados? | O motorista leva até 10 grades vazias, mesmo com a loja fechada.
            nl | kunnen jullie elke week 4 kratten water brengen? | en met kerst dicht? | De chauffeur neemt tot 10 lege kratten mee, ook als de winkel dicht is.
            """)
    void aWordTheThirdChoiceStatesDoesNotPickIt(String language, String first, String followUp, String emptiesAnswer) {
        FaqMatch subscription = new FaqMatch(411, "Is there a drinks subscription?",
                "Yes, weekly or every two weeks; pause it any time.", 0.4);
        FaqMatch carry = new FaqMatch(412, "Do you carry the crates upstairs?", "Yes, to the door of the flat.", 0.4);
        FaqMatch empties = new FaqMatch(413, "Do you take empties?", emptiesAnswer, 0.4);
        FaqMatch pickUp = new FaqMatch(414, "Can I pick up myself?", "Yes, at the depot.", 0.4);
        String asked = lookup(language, first);
        String own = lookup(language, followUp);
        FakeSearch search = new FakeSearch().unsure(asked, subscription, carry, empties)
                .unsure(own, pickUp, TICKETS, OFFICES)
                .unsure(asked + " " + own, subscription, carry, empties)
                .confident(lookup(language, subscription.question()) + " " + own, subscription, carry, pickUp);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        Action next = flow.says(followUp).main();
        assertThat(next).as(followUp + " -> " + next).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) next).choices().get(0).entryId()).as(followUp + " -> " + next)
                .isEqualTo(subscription.entryId());
    }

    /**
     * While choices show, a short follow-up whose word both of the first two entries shown state, its own reading
     * confident of the second: that entry, not the first one shown.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can you make a sofa shorter than 2 metres? | and do you come and measure? | We make sofas and tables to any measure, +15 %. | Measuring at your home: 25 €.
            de | könnt ihr ein sofa kürzer als 2 meter machen? | und kommt ihr zum ausmessen? | Sofas und Tische fertigen wir nach Maß, ausmessen lassen kostet +15 %. | Ausmessen bei Ihnen zu Hause: 25 €.
            es | podeis hacer un sofa de menos de 2 metros? | y venis a medir? | Hacemos sofás y mesas a medida: a medir y fabricar, +15 %. | Medir en su casa: 25 €.
            fr | vous pouvez faire un canapé de moins de 2 mètres ? | et vous venez mesurer ? | Nous faisons canapés et tables sur mesure, à mesurer chez nous, +15 %. | Mesurer chez vous : 25 €.
            it | potete fare un divano più corto di 2 metri? | e venite a misurare? | Facciamo divani e tavoli su misura, da misurare in negozio, +15 %. | Misurare a casa sua: 25 €.
            pt | conseguem fazer um sofá com menos de 2 metros? | e vêm cá medir? | Fazemos sofás e mesas à medida, para medir na loja, +15 %. | Medir em sua casa: 25 €.
            nl | kunnen jullie een bank korter dan 2 meter maken? | en komen jullie opmeten? | Banken en tafels maken we op maat, opmeten in de winkel, +15 %. | Opmeten bij u thuis: 25 €.
            """)
    void theShownEntryItsOwnWordsAreSureOfIsAnswered(String language, String first, String followUp,
                                                      String madeAnswer, String visitAnswer) {
        FaqMatch made = new FaqMatch(421, "Do you make furniture to measure?", madeAnswer, 0.5);
        FaqMatch visit = new FaqMatch(422, "Do you measure at home?", visitAnswer, 0.5);
        FaqMatch delivery = new FaqMatch(423, "Do you deliver?", "Yes, free from 500 €.", 0.5);
        String asked = lookup(language, first);
        String own = lookup(language, followUp);
        FakeSearch search = new FakeSearch().unsure(asked, made, visit, delivery)
                .confident(own, visit, delivery, made)
                .confident(asked + " " + own, visit, made, delivery)
                .unsure(lookup(language, made.question()) + " " + own, visit, made, delivery);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        Action next = flow.says(followUp).main();
        assertThat(next).as(followUp + " -> " + next).isInstanceOf(Action.FaqAnswer.class);
        assertThat(((Action.FaqAnswer) next).entry().entryId()).as(followUp + " -> " + next)
                .isEqualTo(visit.entryId());
    }
}
