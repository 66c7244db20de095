package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.Retrieval;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The last turn of a conversation: a thanks or goodbye in a clause of its own beside a regional word the bot does not
 * know or a statement that asks nothing (issue 61 / 62 item 3; docs/dialogue.md, "closing53"), in new sentences in
 * every shipped language: the closing, never "did you mean" choices ({@link ClosingClauses}). A clause with a
 * problem, a request or a question ("thanks, but ...", "gracias, quiero ...") keeps the message what it was.
 */
class ClosingAmongStatementsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | cracking, that's me sorted then. ta very much, see ya
            en | wicked mate, i'll pop in next week. cheers, bye
            de | bombe, dat wees ick nu. danke und tschüss
            de | passt scho, i meld mi wieder. vergelts gott, pfiat di
            fr | gavé bien, merci beaucoup ! allez, à la revoyure
            fr | nickel chrome, je repasserai jeudi. merci et bonne journée
            it | mbare, ora ho capito. grazie mille e alla prossima
            it | bellissimo, ci sentiamo la settimana prossima. grazie, ciao
            es | listo mae, ya entendí. muchas gracias y hasta pronto
            es | qué nota, te escribo la otra semana. gracias, chao
            es | tuanis, mañana paso por la tienda. gracias mae, adiós
            nl | bêst, dat wist ik net. tige tank, oant moarn
            nl | moai, dan kom ik takom wike del. tankewol en oant sjen
            nl | mooi zo, dan weet ik dat. bedankt en tot ziens
            pt | fixe, fico esclarecido. obrigadinho e até à próxima
            pt | bacana demais, depois eu volto. valeu, falou
            """)
    void aThanksOrGoodbyeBesideWhatAsksNothingIsTheClosing(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) d.main()).act()).as(text).isIn(Act.THANKS, Act.BYE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | thanks, but the pump still leaks
            en | ta, and where do i send the form
            en | ok cheers. it goes back to my card yes, i paid by card
            en | how weird, i still need the invoice. cheers, bye
            de | danke, aber die Lieferung fehlt noch
            de | was für ein Ding, ich brauche noch die Rechnung. danke, tschüss
            fr | merci, mais le colis n'est toujours pas là
            fr | quel délire, je voudrais aussi la facture. merci, salut
            it | grazie, ma il pacco non è arrivato
            it | che roba, il pacco è ancora rotto. grazie, ciao
            it | che figata, vorrei anche la fattura. grazie, ciao
            es | gracias, pero no me llegó
            es | qué nota, necesito la factura también. gracias, chao
            es | qué nota, cuándo abren el domingo. gracias, chao
            nl | bedankt, maar het pakket is er nog niet
            nl | wat mooi, ik wil ook de factuur. bedankt, doei
            pt | obrigado, mas ainda não chegou
            pt | que massa, preciso da fatura também. valeu, falou
            pt | obrigado, e quanto custa a entrega
            """)
    void aProblemARequestOrAQuestionBesideTheThanksStaysWhatItIs(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.ActReply.class);
    }

    /** A confirming "aye" after an answer is a yes ("aye" acknowledges as "ok" does: acts57), never a thanks or goodbye. */
    @Test
    void aConfirmingYesAfterAnAnswerIsNoClosing() {
        Decision d = DialogueFlow.afterAnAnswer("en").says("aye, grand");
        assertThat(d.main()).as("aye, grand -> " + d.main()).isEqualTo(new Action.ActReply(Act.YES, true));
    }

    /** A word that only begins as a word of thanks ("typed": "ty") is none (set 47 en 12.2 got a goodbye). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | he typed it
            en | she types the code in and nothing happens
            en | typical, the tyre is flat
            """)
    void aWordThatOnlyBeginsAsAThanksIsNone(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.ActReply.class);
    }

    /** A statement the FAQ is sure of is a question; one it is unsure of is not ("password, thanks": SetSixteenActsTest). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | bizarre, i'll do the password reset later. thanks
            de | verrückt, ich setze das passwort später zurück. danke
            es | qué nota, luego cambio la contraseña yo mismo. gracias
            """)
    void aLeftoverTheFaqIsSureOfStaysAQuestion(String language, String text) {
        DialogueState state = DialogueFlow.afterAnAnswer(language).state();
        Acts.Reading asked = new Acts.Reading(Optional.empty(), text);
        Retrieval sure = new Retrieval(List.of(FakeSearch.PASSWORD), 0.95, true);
        Retrieval unsure = new Retrieval(List.of(FakeSearch.PASSWORD, FakeSearch.SHIPPING), 0.3, false,
                List.of(FakeSearch.PASSWORD, FakeSearch.SHIPPING));
        assertThat(ClosingClauses.reread(asked, text, state, words -> sure)).as(text).isEqualTo(asked);
        assertThat(ClosingClauses.reread(asked, text, state, words -> unsure).onlyAct()).as(text).isTrue();
    }

    /** A message that asks or gives a number is never read so, nor one before any reply. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | bizarre, password reset? thanks
            en | bizarre, order 4411. thanks
            """)
    void aQuestionMarkOrANumberKeepsItAQuestion(String language, String text) {
        DialogueState state = DialogueFlow.afterAnAnswer(language).state();
        Acts.Reading asked = new Acts.Reading(Optional.empty(), text);
        Retrieval unsure = new Retrieval(List.of(FakeSearch.PASSWORD), 0.3, false, List.of(FakeSearch.PASSWORD));
        assertThat(ClosingClauses.reread(asked, text, state, words -> unsure)).as(text).isEqualTo(asked);
        assertThat(ClosingClauses.reread(asked, "bizarre, password reset. thanks",
                DialogueState.fresh(Locale.forLanguageTag(language)), words -> unsure)).isEqualTo(asked);
    }

    /** The clauses are read in time linear in the message: a 4,000-character worst case. */
    @Test
    void aLongMessageIsReadInLinearTime() {
        DialogueState state = DialogueFlow.afterAnAnswer("en").state();
        Retrieval unsure = new Retrieval(List.of(FakeSearch.PASSWORD), 0.3, false, List.of(FakeSearch.PASSWORD));
        for (String text : List.of("thanks,".repeat(570), "ta ".repeat(1333), "a,b.".repeat(1000))) {
            Acts.Reading asked = new Acts.Reading(Optional.empty(), text);
            assertThat(ClosingClauses.reread(asked, text, state, words -> unsure)).isEqualTo(asked);
        }
    }
}
