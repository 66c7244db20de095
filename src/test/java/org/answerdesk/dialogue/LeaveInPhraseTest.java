package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words of leave that are ordinary words inside a clause (issue 61; docs/dialogue.md, "bye55"): pt "falou" (said), es
 * "luego" (then, later) and "vemos" (we see), fr "soirée" (evening) and "revoir" (see again), it "serata" (evening)
 * and "vediamo" (let's see), nl "oant" (Frisian: until), en "tara" (a name); and words of the closed goodbyes read
 * alone by other readers: pt "até" and nl "tot" (until), nl "dag" (day), it "presto", fr "bientôt" (soon). Such a word takes leave only in its set
 * phrase or beside another word of leave or thanks ({@code closing.bye.beside}, {@code closing.bye.lead}); every
 * reader of the goodbye lists reads it so. Stems that only begin an ordinary word ("tschuldigung", "dankzij",
 * "brigadeiro", "grazioso") are no thanks or goodbye either.
 */
class LeaveInPhraseTest {

    /** After an answer, a short message with such a word inside a clause is no goodbye and no thanks. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pt | a moça da loja falou isso
            pt | meu irmão falou que chegava hoje
            pt | ela falou pra eu esperar
            es | y luego qué
            es | luego lo pago en la tienda
            es | y luego me lo mandan a casa
            es | no vemos el pedido en la cuenta
            fr | c'est pour la soirée de samedi
            fr | une soirée entre amis
            fr | je voudrais revoir ma commande
            it | per la serata di venerdì
            it | è per una serata tra amici
            it | vediamo se arriva domani
            de | tschuldigung, das war mein Fehler
            nl | dankzij de storing kon ik niet betalen
            nl | ik wachtsje oant freed
            en | tara from your shop said it was free
            en | the byelaw says so
            pt | chega até sexta
            it | arriva presto
            fr | ça arrive bientôt
            nl | de hele dag gewacht
            nl | tot vrijdag gesloten
            """)
    void anOrdinaryWordAfterAnAnswerIsNoGoodbye(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.ActReply.class);
    }

    /** As the first message, the same words are no goodbye either. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pt | a moça da loja falou isso
            es | y luego qué
            es | luego lo pago en la tienda
            fr | c'est pour la soirée de samedi
            fr | je voudrais revoir ma commande
            it | per la serata di venerdì
            it | vediamo se arriva domani
            de | tschuldigung, das war mein Fehler
            nl | dankzij de storing kon ik niet betalen
            en | tara from your shop said it was free
            """)
    void anOrdinaryWordAsTheFirstMessageIsNoGoodbye(String language, String text) {
        Decision d = DialogueFlow.flow(new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING),
                language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.ActReply.class);
    }

    /** The set phrases, and the words beside another word of leave or thanks, still take leave. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | hasta luego!
            es | vale, nos vemos luego
            es | gracias, hasta lueguito
            fr | bonne soirée
            fr | merci, bonne soirée à vous
            fr | ok au revoir
            pt | falou, valeu
            pt | valeu, falou
            pt | beleza, valeu falou
            it | ciao, buona serata
            it | ok ci vediamo
            it | grazie, statte buono
            de | bis später
            de | danke, tschüss
            nl | tot ziens
            nl | top, oant sjen
            nl | oke, tot straks
            nl | nou, tot morgen dan
            nl | bedankt en nog een fijne dag
            pt | obrigado, até logo
            pt | beleza, até amanhã
            it | grazie, a presto
            fr | merci, à bientôt
            en | see ya later
            en | cheers, tara
            """)
    void aSetPhraseTakesLeave(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) d.main()).act()).as(text).isIn(Act.THANKS, Act.BYE);
    }

    /** The words are read in one pass: a 4,000-character worst case of such words, commas and no spaces. */
    @Test
    void aLongMessageIsReadInLinearTime() {
        Locale es = Locale.forLanguageTag("es");
        for (String text : List.of("luego ".repeat(666), "hasta luego,".repeat(333), "luegovemos".repeat(400),
                "luego vemos nos ".repeat(250))) {
            LeaveWords.Leave leave = LeaveWords.of(text, es);
            assertThat(leave.stray()).hasSize(leave.words().length);
            assertThat(Closings.of(text, es)).as(text.substring(0, 20)).isNotEqualTo(java.util.Optional.of(Act.THANKS));
        }
        assertThat(LeaveWords.of("luego ".repeat(666), es).stray()).containsOnly(true);
    }
}
