package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 18's short follow-ups that lost their topic or the entry of the aspect they ask (issue 61 item 2), each class in
 * the seven shipped languages with sentences written for this test:
 * <ul>
 * <li>"and where exactly are you" after another answer (de 7.3): the entry that says where, not the opening hours
 * whose answer happens to name the street;</li>
 * <li>"and at the weekend?" after a price (es 2.3, pt 2.3): the opening hours lead, not the entry given again;</li>
 * <li>a price asked after two questions answered in one message (nl 7.2): the entry of the last question, which
 * states the price, not another entry that states one;</li>
 * <li>a short follow-up typed while choices show (en 14.3, it 3.3): the choices' question's first entry leads the
 * choices;</li>
 * <li>a counter-row: a weekend asked of an answer ("do you deliver on saturdays too?") keeps that answer.</li>
 * </ul>
 */
class SetEighteenFollowUpsTest {

    private static final FaqMatch EVENT = new FaqMatch(201, "Can we hold a party with you?",
            "Yes, groups of 6 to 12 for 65 € per person.", 0.8);
    private static final FaqMatch HOURS = new FaqMatch(202, "When are you open?",
            "Tuesday to Saturday 10:00-18:00 in Mill Lane 4, closed on Sundays and public holidays.", 0.7);
    private static final FaqMatch ADDRESS = new FaqMatch(203, "Where can I find you?",
            "Our address is Mill Lane 4, two minutes from the station.", 0.6);
    private static final FaqMatch TRIAL = new FaqMatch(204, "What does a trial lesson cost?",
            "A trial lesson is 15 €.", 0.8);
    private static final FaqMatch PAY = new FaqMatch(205, "How can I pay?", "Cash or card, no cheques.", 0.6);
    private static final FaqMatch KIT = new FaqMatch(206, "What should I bring?", "Comfortable clothes.", 0.5);
    private static final FaqMatch PANELS = new FaqMatch(207, "Do you clean solar panels?",
            "Yes: 3 € per panel, at least 75 €.", 0.8);
    private static final FaqMatch WINDOWS = new FaqMatch(208, "What does window cleaning cost?",
            "A terraced house from 55 €.", 0.6);
    private static final FaqMatch LOST = new FaqMatch(209, "My parcel is lost. What can I do?",
            "Tell us within 14 days and we send a new one.", 0.7);
    private static final FaqMatch WHERE = new FaqMatch(210, "How do I track my parcel?",
            "Use the link in your shipping mail.", 0.6);
    private static final FaqMatch MAIL = new FaqMatch(211, "I got no confirmation mail.", "Check your spam folder.",
            0.5);
    private static final FaqMatch REPAIR = new FaqMatch(212, "How long does a workshop repair take?",
            "5 to 7 working days; we keep it for 60 days after.", 0.7);
    private static final FaqMatch BOOK = new FaqMatch(213, "How do I book a visit?", "Call or write to us.", 0.5);
    private static final FaqMatch DELIVERY = new FaqMatch(214, "How long does delivery take?",
            "2 to 4 working days, Saturdays included.", 0.8);

    /** "and where exactly are you" after another topic: the entry that says where. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can we book a birthday party with you      | and where are you exactly
            de | kann man bei euch einen geburtstag feiern  | und wo seid ihr eigentlich
            es | se puede celebrar un cumpleaños ahí         | y dónde estáis exactamente?
            fr | peut-on fêter un anniversaire chez vous    | et vous êtes situés où ?
            it | si può fare una festa di compleanno da voi | e dove siete di preciso?
            pt | dá pra fazer festa de aniversário aí       | e onde fica o salão?
            nl | kunnen we bij jullie een verjaardag vieren | en waar zitten jullie juist?
            """)
    void whereAreYouGetsTheEntryThatSaysWhere(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), EVENT, PAY)
                .confident(lookup(language, followUp), HOURS, ADDRESS, EVENT)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), EVENT, HOURS, KIT);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(ADDRESS.entryId()));
    }

    /** "and at the weekend?" after a price: the opening hours lead, never the price again. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a trial lesson          | and at the weekend?
            de | was kostet eine probestunde         | und am wochenende?
            es | cuánto cuesta una clase de prueba   | y los sábados?
            fr | c'est combien un cours d'essai      | et la fin de semaine ?
            it | quanto costa una lezione di prova   | e nel fine settimana?
            pt | quanto custa uma aula experimental  | e no sábado?
            nl | hoeveel kost een proefles           | en in het weekend?
            """)
    void theWeekendAskedLeadsWithTheOpeningHours(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), TRIAL, PAY)
                .unsure(lookup(language, followUp), PAY, KIT, TRIAL)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), TRIAL, PAY, KIT)
                .unsureOtherwise(HOURS, PAY);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        assertThat(offered(flow.says(followUp).main())).as(followUp).startsWith(HOURS.entryId());
    }

    /** A price asked after two questions answered at once: the last question's entry, which states it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can i pay by card?          | do you also clean solar panels?        | and for 12 of them how much
            de | kann ich mit karte zahlen?  | putzt ihr auch solarpaneele?           | und für 12 stück was kostet das
            es | puedo pagar con tarjeta?    | limpiáis también placas solares?       | y por 12 placas cuánto sería
            fr | je peux payer par carte?    | vous lavez aussi les panneaux solaires? | et pour 12 panneaux c'est combien
            it | posso pagare con la carta?  | pulite anche i pannelli solari?        | e per 12 pannelli quanto viene
            pt | posso pagar no cartão?      | vocês limpam placa solar também?       | e pra 12 placas quanto fica
            nl | kan ik met de kaart betalen? | kuisen jullie ook zonnepanelen?       | en voor 12 panelen hoeveel is dat
            """)
    void aPriceAfterTwoAnswersIsTheLastOnes(String language, String one, String two, String followUp) {
        String message = one + " " + two;
        FakeSearch search = new FakeSearch().confident(lookup(language, one), PAY, KIT)
                .confident(lookup(language, two), PANELS, WINDOWS)
                .unsure(lookup(language, followUp), WINDOWS, PAY, KIT)
                .confident(lookup(language, message) + " " + lookup(language, followUp), PAY, PANELS, WINDOWS)
                .confident(lookup(language, two) + " " + lookup(language, followUp), PANELS, WINDOWS);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(message).actions()).as(message).filteredOn(Action.FaqAnswer.class::isInstance)
                .hasSize(2);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(PANELS.entryId()));
    }

    /** Typed while choices show, a short statement of the same problem: the first entry shown leads. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the app says delivered but there's nothing here | my neighbours haven't got it
            de | laut app zugestellt aber hier ist nichts        | bei den nachbarn ist es auch nicht
            es | pone entregado pero aquí no ha llegado nada     | los vecinos dicen que no lo tienen
            fr | c'est marqué livré mais j'ai rien reçu          | les voisins disent qu'ils l'ont pas
            it | risulta consegnato ma qui non c'è niente        | nessun vicino l'ha preso
            pt | diz que foi entregue mas não chegou nada        | os vizinhos dizem que não receberam
            nl | er staat geleverd maar hier is niets            | de buren zeggen dat ze het niet hebben
            """)
    void aStatementTypedAfterChoicesGetsTheirFirstEntry(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), LOST, MAIL, WHERE)
                .unsure(lookup(language, followUp), WHERE, LOST, HOURS)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), LOST, MAIL, WHERE);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        assertThat(offered(flow.says(followUp).main())).as(followUp).startsWith(LOST.entryId());
    }

    /** Typed while choices show, its own words far from the first entry shown: that entry leads the choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the oven i left at your workshop on monday          | and if i only collect it next month?
            de | der ofen den ich montag in die werkstatt gebracht hab | und wenn ich ihn erst nächsten monat hole?
            es | el horno que dejé en el taller el lunes              | y si lo recojo dentro de un mes?
            fr | le four que j'ai laissé à l'atelier lundi            | et si je viens le chercher le mois prochain?
            it | il forno che ho lasciato in laboratorio lunedì       | e se lo ritiro solo il mese prossimo?
            pt | o forno que deixei na oficina segunda               | e se eu só buscar no mês que vem?
            nl | de oven die ik maandag in het atelier liet          | en als ik hem pas volgende maand ophaal?
            """)
    void aFollowUpTypedAfterChoicesKeepsTheirFirstEntryFirst(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), REPAIR, HOURS, ADDRESS)
                .unsure(lookup(language, followUp), HOURS, BOOK, PAY)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), REPAIR, HOURS, BOOK);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        assertThat(offered(flow.says(followUp).main())).as(followUp).startsWith(REPAIR.entryId());
    }

    /** A weekend asked of an answer that may hold it: that answer stands. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long does delivery take      | do you deliver on saturdays too?
            de | wie lange dauert die lieferung   | liefert ihr auch samstags?
            es | cuánto tarda el envío            | y entregan los sábados?
            fr | la livraison prend combien de temps | vous livrez le samedi aussi?
            it | quanto ci mette la consegna      | consegnate anche il sabato?
            pt | quanto tempo demora a entrega    | entregam no sábado também?
            nl | hoe lang duurt de levering       | leveren jullie ook op zaterdag?
            """)
    void aWeekendAskedOfAnAnswerKeepsIt(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), DELIVERY, PAY)
                .confident(lookup(language, followUp), DELIVERY, HOURS)
                .confident(lookup(language, first) + " " + lookup(language, followUp), DELIVERY, HOURS)
                .unsureOtherwise(HOURS, PAY);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(DELIVERY.entryId()));
    }

    private static List<Long> offered(Action action) {
        return action instanceof Action.Clarify c ? c.choices().stream().map(FaqMatch::entryId).toList()
                : action instanceof Action.FaqAnswer a ? List.of(a.entry().entryId()) : List.of();
    }
}
