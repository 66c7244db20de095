package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.assertj.core.api.Assertions.assertThat;


import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The follow-up classes of the fourth judged set (issue 61, "the topic carries", docs/conversations/2026-11-27-set4,
 * its merged run), in every shipped language where the class is real, with sentences of their own (the set's are for
 * the replay):
 * <ul>
 * <li>A: a question whose best reading is the entry just given, about a thing it does not name ("what would the
 * delivery to riverside cost please?") or asking with a word inside ("la livraison à Écully alors c'est combien
 * merci"): that entry again, never
 * "sorry that didn't help" with other entries (de-01 t2, de-02 t2, fr-01 t3);</li>
 * <li>B: a follow-up of asking words only ("how much?"), unsure alone, its reading with the question confident of
 * the entry given: that entry, never choices without it (de-06 t2);</li>
 * <li>C: an elided word that only leads ("c'est" read as "est") is no word of the follow-up's own: another entry that
 * happens to say "est" is not the answer (fr-01 t2);</li>
 * <li>D: typed instead of tapped, a detail of one of the choices showing ("the reset link is dead") picks that
 * choice, though its own words find another entry confidently (en-07 t2, en-13 t4);</li>
 * <li>E: a report of the topic that does not ask ("already ten days now" after the double charge) never moves to
 * another entry confidently on one word that entry happens to state (en-10 t2, harmful).</li>
 * </ul>
 */
class TopicCarriesSet4Test {

    private static final FaqMatch DELIVERY = new FaqMatch(71, "Do you deliver?", "Within the city 6 EUR, free from 50 "
            + "EUR; up to 15 km 10 EUR.", 0.9);
    private static final FaqMatch OTHER = new FaqMatch(72, "Opening hours", "Mon-Fri 9-18.", 0.6);
    private static final FaqMatch ELSEWHERE = new FaqMatch(73, "Gift vouchers", "From 10 EUR, valid 3 years.", 0.6);

    private static String together(String language, String first, String followUp) {
        return lookup(language, first) + " " + lookup(language, followUp);
    }

    private static void answers(Decision d, String followUp, FaqMatch entry) {
        assertThat(d.main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).as(followUp).isEqualTo(entry.entryId()));
    }

    /** A: the delivery question, a place it does not name asked about, and the same with the asking word inside. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | How much is delivery?      | what would the delivery to riverside cost please?          | delivery to riverside would cost how much then please
            de | Was kostet die Lieferung?  | was kostet denn die Lieferung nach Littenweiler bitte?     | die Lieferung nach Littenweiler kostet dann wie viel bitte
            es | ¿Cuánto cuesta el envío?   | ¿cuánto me cuesta a mí el envío a Carabanchel por favor?   | el envío a Carabanchel entonces cuánto cuesta por favor
            fr | Combien coûte la livraison ? | combien coûte alors la livraison à Écully svp             | la livraison à Écully alors c'est combien merci
            it | Quanto costa la consegna?  | quanto costa allora la consegna a Casalecchio, grazie      | la consegna a Casalecchio allora quanto costa grazie
            pt | Quanto custa a entrega?    | quanto custa então a entrega em Matosinhos, obrigado       | a entrega em Matosinhos então quanto custa obrigado
            nl | Wat kost de bezorging?     | wat kost de bezorging in Amstelveen dan, bedankt           | de bezorging in Amstelveen kost dan hoeveel bedankt
            """)
    void theEntryJustGivenAskedAboutAgainAnswersNeverSorryAndOthers(String language, String first, String named,
                                                                    String inside) {
        for (String followUp : new String[] {named, inside}) {
            FakeSearch search = new FakeSearch().confident(lookup(language, first), DELIVERY)
                    .confident(lookup(language, followUp), DELIVERY, OTHER)
                    .unsure(together(language, first, followUp), DELIVERY, OTHER);
            DialogueFlow flow = flow(search, language);
            answers(flow.says(first), first, DELIVERY);
            answers(flow.says(followUp), followUp, DELIVERY);
        }
    }

    /** B: after the delivery answer, asking words only. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Do you deliver to other towns? | how much?
            de | Liefern Sie auch in andere Orte? | was kostet es?
            es | ¿Entregan en otros pueblos?   | ¿cuánto cuesta?
            fr | Vous livrez dans d'autres villes ? | c'est combien ?
            it | Consegnate in altri paesi?    | quanto costa?
            pt | Entregam noutras cidades?     | quanto custa?
            nl | Bezorgen jullie in andere plaatsen? | hoeveel?
            """)
    void askingWordsOnlyAreAskedOfTheEntryGiven(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), DELIVERY)
                .unsure(lookup(language, followUp), OTHER, ELSEWHERE)
                .confident(together(language, first, followUp), DELIVERY, OTHER);
        DialogueFlow flow = flow(search, language);
        flow.says(first);
        answers(flow.says(followUp), followUp, DELIVERY);
    }

    /** C (French: "c'est" elided is "est"): the entry that happens to say "est" is not the answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Vous réparez les volets roulants ? | et là il est tard, c'est combien
            fr | Vous dépannez les chaudières ?     | il est dimanche soir, c'est combien
            """)
    void anElidedLeadWordIsNoWordOfItsOwn(String language, String first, String followUp) {
        FaqMatch repair = new FaqMatch(74, "Réparations", "Dépannage 90 EUR en journée, 140 EUR la nuit.", 0.9);
        FaqMatch delay = new FaqMatch(75, "Délai", "Le délai est d'une heure.", 0.6);
        FakeSearch search = new FakeSearch().confident(lookup(language, first), repair)
                .unsure(lookup(language, followUp), OTHER, ELSEWHERE)
                .confident(together(language, first, followUp), repair, delay);
        DialogueFlow flow = flow(search, language);
        flow.says(first);
        answers(flow.says(followUp), followUp, repair);
    }

    /** D: a vague question, choices; the customer types a detail that one choice states. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | cant get into my account           | How do I reset my password?           | We email a reset link, valid for one hour.                   | the reset link is dead
            de | komme nicht in mein Konto          | Wie setze ich mein Passwort zurück?   | Wir schicken einen Link zum Zurücksetzen, eine Stunde gültig. | der Link zum Zurücksetzen geht nicht mehr
            es | no puedo entrar en mi cuenta       | ¿Cómo restablezco mi contraseña?      | Le enviamos un enlace para restablecerla, válido una hora.    | el enlace ya no funciona
            fr | je n'arrive plus à me connecter    | Comment réinitialiser mon mot de passe ? | Nous envoyons un lien de réinitialisation, valable une heure. | le lien ne marche plus
            it | non riesco ad accedere al mio account | Come reimposto la password?        | Inviamo un link per reimpostarla, valido un'ora.             | il link è scaduto
            pt | não consigo entrar na minha conta  | Como redefino a palavra-passe?        | Enviamos um link para a redefinir, válido uma hora.           | o link já não dá
            nl | ik kan niet inloggen               | Hoe stel ik mijn wachtwoord opnieuw in? | We mailen een link om het te herstellen, een uur geldig.    | de link is verlopen
            """)
    void aDetailTypedWhileChoicesShowPicksTheChoiceThatStatesIt(String language, String first, String resetQ,
                                                                String resetA, String followUp) {
        FaqMatch reset = new FaqMatch(76, resetQ, resetA, 0.6);
        FaqMatch delete = new FaqMatch(77, "Delete my account", "Under Privacy.", 0.5);
        FaqMatch codes = new FaqMatch(78, "Discount codes", "Codes are valid until the date printed.", 0.8);
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), reset, delete)
                .confident(lookup(language, followUp), codes, reset);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).isInstanceOf(Action.Clarify.class);
        answers(flow.says(followUp), followUp, reset);
    }

    /** E: after the double-charge answer, a report that does not ask; another entry states one of its words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | two charges for one order on my card      | already ten days now           | days
            de | zwei Abbuchungen für eine Bestellung       | schon zehn Tage her            | Tage
            es | dos cargos por un solo pedido              | ya van diez días               | días
            fr | deux débits pour une seule commande        | déjà dix jours que j'attends   | jours
            it | due addebiti per un solo ordine            | sono già passati dieci giorni  | giorni
            pt | duas cobranças para uma só encomenda       | já passaram dez dias           | dias
            nl | twee afschrijvingen voor één bestelling    | al tien dagen verder           | dagen
            """)
    void aReportNeverMovesToAnotherEntryOnOneStrayWord(String language, String first, String followUp, String word) {
        FaqMatch twice = new FaqMatch(79, "Charged twice", "A second charge is a hold your bank releases.", 0.9);
        FaqMatch failed = new FaqMatch(80, "Payment failed", "Check your card; the bank answers within 3-5 " + word
                + ".", 0.6);
        FakeSearch search = new FakeSearch().confident(lookup(language, first), twice)
                .unsure(lookup(language, followUp), OTHER, ELSEWHERE)
                .confident(together(language, first, followUp), twice, failed);
        DialogueFlow flow = flow(search, language);
        flow.says(first);
        Decision d = flow.says(followUp);
        boolean moved = d.main() instanceof Action.FaqAnswer a && a.entry().entryId() == failed.entryId();
        assertThat(moved).as(followUp + ": " + d.main()).isFalse();
    }
}
