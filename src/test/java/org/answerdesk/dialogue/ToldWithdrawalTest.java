package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A withdrawal told without a word of cancelling and without the thing arranged in the language's words ("my wife is
 * in hospital, so we are not coming on saturday, what about the fee?"): the shop's cancelling entry leads the choices
 * where the message's own reading is unsure, nothing is answered; and the bare yes after those choices is no thanks.
 */
class ToldWithdrawalTest {

    private static final FaqMatch CANCELLING = new FaqMatch(91, "How do I cancel or move a booking?",
            "Free up to 48 hours before, by phone or e-mail.", 0.9);
    private static final FaqMatch VOUCHER = new FaqMatch(92, "Can I pass a voucher on to someone else?",
            "Yes, vouchers are transferable.", 0.9);
    private static final FaqMatch PAYING = new FaqMatch(94, "How can I pay?", "By card or bank transfer.", 0.9);

    /** Language | its first word for cancelling | a withdrawal told in words of its own | a bare yes. */
    private static final String TOLD = """
            en | cancel     | my wife has been in hospital since monday, so the two of us are not coming on saturday | ok then
            en | cancel     | my boss moved me to the night shift, we won't be able to come to the course in march, what about the fee | ok
            de | stornieren | meine tochter hat seit gestern fieber, am sonntag kommt also keiner mehr zum kurs | ja passt
            de | stornieren | mein mann muss nächste woche nach berlin, wir können am freitag nicht kommen, und was ist mit dem geld? | ok
            fr | annuler    | ma fille a la varicelle depuis lundi, du coup samedi on viendra pas, et l'acompte ? | d'accord
            it | annulla    | mia madre è caduta dalle scale, quindi il pranzo di domenica salta | va bene
            es | cancelar   | a mi hija le dio fiebre anoche, así que el sábado no vamos a poder ir, y lo que pagamos? | vale
            nl | annuleren  | mijn vrouw heeft haar enkel verzwikt, dus het uitje op zaterdag komt er niet van, hoe zit het met de aanbetaling | ja prima
            pt | cancelar   | minha avó ficou doente, então sábado não vamos conseguir ir, e o dinheiro que eu paguei? | tá bom então
            """;

    /** Language | its first word for cancelling | a message with a sign of no longer that tells no withdrawal. */
    private static final String NOT_TOLD = """
            en | cancel     | my card no longer works in your app, it says declined
            de | stornieren | die tür vom schrank geht nicht mehr zu, sie ist kaputt
            fr | annuler    | la lampe ne marche plus depuis hier, elle clignote
            it | annulla    | il frullatore non funziona più, fa un rumore strano
            nl | annuleren  | de app werkt niet meer sinds de update, wat nu
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = TOLD)
    void theCancellingEntryLeadsTheChoices(String language, String cancel, String message, String yes) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(ToldCancellation.tellsNoLonger(message, lang)).as(message).isTrue();
        Decision d = new DialogueFlow(search(lang, cancel, message), DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).startsWith(CANCELLING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = TOLD)
    void theBareYesAfterItIsNoThanks(String language, String cancel, String message, String yes) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(search(lang, cancel, message), DialogueState.fresh(lang));
        flow.says(message);
        Decision d = flow.says(yes);
        assertThat(d.main()).as(yes).isNotInstanceOf(Action.FaqAnswer.class)
                .isNotEqualTo(new Action.ActReply(Act.THANKS, false))
                .isNotEqualTo(new Action.ActReply(Act.THANKS, true));
        assertThat(d.main()).as(yes).isInstanceOfAny(Action.OfferPerson.class, Action.AskWhatNext.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = NOT_TOLD)
    void aFaultIsNoWithdrawal(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(ToldCancellation.tellsNoLonger(message, lang)).as(message).isFalse();
        Decision d = new DialogueFlow(search(lang, cancel, message), DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isNotInstanceOfAny(Action.FaqAnswer.class);
        if (d.main() instanceof Action.Clarify c) {
            assertThat(c.choices().get(0)).as(message).isNotEqualTo(CANCELLING);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Guten Tag, wie setze ich mein Passwort zurück? Ich komme nicht mehr in mein Konto.
            en | hi, how do I change my email address? the old one doesn't work anymore
            fr | bonjour, comment je change mon mot de passe ? je n'arrive plus à me connecter
            it | salve, come cambio la password? non riesco più ad entrare
            nl | hoe wijzig ik mijn wachtwoord? ik kom niet meer in mijn account
            """)
    void aSignOfNoLongerAfterTheFirstQuestionExplainsIt(String language, String message) {
        assertThat(ToldCancellation.tellsNoLonger(message, Locale.forLanguageTag(language))).as(message).isFalse();
    }

    @Test
    void aMessageTheFaqReadsConfidentlyKeepsItsAnswer() {
        String message = "my mother is ill, so she won't be able to come, can i pass her voucher on to my sister";
        assertThat(ToldCancellation.tellsNoLonger(message, Locale.ENGLISH)).isTrue();
        FakeSearch search = new FakeSearch().confident("cancel", CANCELLING)
                .confident(DialogueFlow.lookup("en", message), VOUCHER);
        assertThat(new DialogueFlow(search).says(message).main()).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(VOUCHER));
    }

    @Test
    void aShopWithoutACancellingEntryIsReadAsBefore() {
        String message = "meine tochter hat seit gestern fieber, am sonntag kommt also keiner mehr zum kurs";
        Locale de = Locale.GERMAN;
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup("stornieren", de), VOUCHER, PAYING)
                .unsure(DialogueFlow.lookup("de", message), VOUCHER, PAYING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(de)).says(message);
        assertThat(d.main()).isNotInstanceOf(Action.FaqAnswer.class);
        if (d.main() instanceof Action.Clarify c) {
            assertThat(c.choices()).doesNotContain(CANCELLING);
        }
    }

    private static FakeSearch search(Locale lang, String cancel, String message) {
        return new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .unsure(DialogueFlow.lookup(lang.getLanguage(), message), VOUCHER, PAYING);
    }
}
