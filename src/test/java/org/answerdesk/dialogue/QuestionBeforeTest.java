package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A continuation after a reply that was no answer (here the thanks after "ah ok, thanks") is read with the customer's
 * last question too: where its own few words are sure of another entry than that reading leads with, both readings'
 * entries are offered, the one read with the question first; where the two agree, the answer stands.
 */
class QuestionBeforeTest {

    private static final FaqMatch RETURNS = new FaqMatch(91, "Can I send an order back?", "Within 30 days, unused and"
            + " in its box; we refund once it is back.", 0.8);
    private static final FaqMatch DELIVERY = new FaqMatch(92, "How long does delivery take?", "Two to three working"
            + " days from dispatch.", 0.8);
    private static final FaqMatch PAYMENT = new FaqMatch(93, "How can I pay?", "By card, PayPal or bank transfer.",
            0.5);

    private static String lookup(String message, Locale lang) {
        return Cleanup.forLookup(Acts.read(message, lang).question(), lang);
    }

    /** The first question answered, then thanked for: the reply before the continuation is the thanks. */
    private static DialogueFlow afterThanks(String language, String first, String thanks, String followUp,
                                            boolean agree) {
        Locale lang = Locale.forLanguageTag(language);
        String own = lookup(followUp, lang);
        String together = lookup(first, lang) + " " + QuestionBefore.goesOn(followUp, Acts.read(followUp, lang)
                .question(), lang).flatMap(q -> FollowUpCue.shortLookup(q, lang)).orElseThrow();
        FakeSearch search = new FakeSearch().confident(lookup(first, lang), RETURNS, PAYMENT)
                .confident(own, DELIVERY, PAYMENT, RETURNS).unsureOtherwise(PAYMENT, DELIVERY);
        if (agree) {
            search.confident(together, DELIVERY, RETURNS);
        } else {
            search.unsure(together, RETURNS, DELIVERY, PAYMENT);
        }
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        assertThat(flow.says(first).main()).as(first).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(RETURNS));
        assertThat(flow.says(thanks).main()).as(thanks).isInstanceOf(Action.ActReply.class);
        return flow;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can I send back an order I no longer want       | ah ok, thanks      | and if it has already left, can you take it back unopened?
            de | kann ich eine bestellung zurückschicken         | ah ok, danke       | und wenn es schon unterwegs ist, nehmt ihr es ungeöffnet zurück?
            fr | je peux renvoyer une commande dont je ne veux plus | ah d'accord, merci | et s'il est déjà parti, vous le reprenez fermé ?
            es | puedo devolver un pedido que ya no quiero       | ah vale, gracias   | y si ya salió, me lo aceptan de vuelta sin abrir?
            it | posso restituire un ordine che non voglio più   | ah ok, grazie      | e se è già in viaggio, me lo riprendete chiuso?
            nl | kan ik een bestelling terugsturen               | ah oké, bedankt    | en als het al onderweg is, nemen jullie het ongeopend terug?
            pt | posso devolver uma encomenda que já não quero   | ah ok, obrigado    | e se já saiu, vocês aceitam de volta fechado?
            en | can I send back an order I no longer want       | ah ok, thanks      | ok. and if it has already left, can you take it back unopened?
            de | kann ich eine bestellung zurückschicken         | ah ok, danke       | ok. und wenn es schon unterwegs ist, nehmt ihr es ungeöffnet zurück?
            es | puedo devolver un pedido que ya no quiero       | ah vale, gracias   | vale. y si ya salió, me lo aceptan de vuelta sin abrir?
            en | can I send back an order I no longer want       | ah ok, thanks      | do you take that back unopened?
            """)
    void aContinuationWhoseReadingsDisagreeGetsChoicesLedByTheQuestionBefore(String language, String first,
                                                                          String thanks, String followUp) {
        DialogueFlow flow = afterThanks(language, first, thanks, followUp, false);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).extracting(FaqMatch::entryId).startsWith(RETURNS.entryId(),
                        DELIVERY.entryId()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can I send back an order I no longer want       | ah ok, thanks      | and how long does it take to arrive?
            de | kann ich eine bestellung zurückschicken         | ah ok, danke       | und wie lange dauert die lieferung?
            fr | je peux renvoyer une commande dont je ne veux plus | ah d'accord, merci | et la livraison prend combien de temps ?
            es | puedo devolver un pedido que ya no quiero       | ah vale, gracias   | y cuánto tarda en llegar el envío?
            """)
    void aContinuationWhoseReadingsAgreeIsAnswered(String language, String first, String thanks, String followUp) {
        DialogueFlow flow = afterThanks(language, first, thanks, followUp, true);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(DELIVERY));
    }

    @Test
    void theLastQuestionLeavesActsOut() {
        Locale en = Locale.ENGLISH;
        assertThat(QuestionBefore.lastQuestion(java.util.List.of(new HistoryTurn(true, "can I send it back?"),
                new HistoryTurn(false, "Within 30 days."), new HistoryTurn(true, "ok thanks"),
                new HistoryTurn(false, "You're welcome!")), en)).contains("can I send it back?");
        assertThat(QuestionBefore.lastQuestion(java.util.List.of(new HistoryTurn(true, "thanks!")), en)).isEmpty();
    }

    @Test
    void fourCommonLettersAreNoStemOfALongerWord() {
        assertThat(FollowUps.stated("Je krijgt 10 minuten uitleg voor vertrek.", Set.of("uitlopen"))).isZero();
        assertThat(FollowUps.stated("Kostenlosen Versand ab 50 €.", Set.of("kostet"))).isOne();
        assertThat(FollowUps.stated("Enviamos em 24 horas.", Set.of("envio"))).isOne();
        assertThat(FollowUps.stated("Il certificati si scaricano.", Set.of("certificato"))).isOne();
    }
}
