package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words of thanks that are ordinary words inside a clause (issue 61; docs/dialogue.md, "thanks56"): en "appreciate"
 * ("i'd appreciate a refund": a wish), pt "valeu" ("valeu a pena": it was worth it; "não valeu": it did not count), de
 * "dank" ("dank der Verspätung": owing to). Such a word thanks only alone between marks, in its set phrase or beside
 * another word of thanks or leave ({@code closing.thanks.beside}, {@code closing.thanks.lead}), never beside a wish
 * ({@code closing.thanks.not}: "would", "if"); every reader of the thanks lists reads it so.
 */
class ThanksInPhraseTest {

    /** After an answer, such a word inside a clause is no thanks and no goodbye. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | appreciate if you could check my order status
            en | i'd appreciate a refund
            en | i would appreciate it if someone called me
            en | would really appreciate a call back
            pt | the trip was worth it, valeu a pena
            pt | valeu a pena esperar
            pt | a viagem valeu a pena
            pt | o cupom não valeu
            pt | o desconto só valeu pra um item
            de | dank der Verspätung habe ich den Termin verpasst
            de | dank eurem Fehler muss ich nochmal zahlen
            """)
    void anOrdinaryWordAfterAnAnswerIsNoThanks(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(polite(d)).as(text + " -> " + d.main()).isFalse();
    }

    /** As the first message, the same words are no thanks either. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | appreciate if you could check my order status
            en | i'd appreciate a refund
            pt | valeu a pena esperar
            pt | o cupom não valeu
            de | dank der Verspätung habe ich den Termin verpasst
            """)
    void anOrdinaryWordAsTheFirstMessageIsNoThanks(String language, String text) {
        Decision d = DialogueFlow.flow(new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING),
                language).says(text);
        assertThat(polite(d)).as(text + " -> " + d.main()).isFalse();
    }

    /** Alone between marks, in the set phrases and beside another word of thanks or leave, the words still thank. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pt | valeu!
            pt | valeu demais
            pt | show, valeu
            pt | ok valeu
            pt | consegui entrar, valeu!
            pt | valeu mano, até mais
            pt | valeu, falou
            pt | valeu pela ajuda
            en | cheers mate
            en | appreciate it
            en | much appreciated
            en | really appreciate it, thanks
            en | found the form, appreciate it
            en | appreciate ya, bye
            nl | top, bedankt
            de | vielen dank
            de | dank dir!
            de | alles klar, dank euch
            de | hat geklappt. dank!
            de | jut, dank ick dir
            """)
    void aWordOfThanksInItsPhraseThanks(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(polite(d)).as(text + " -> " + d.main()).isTrue();
    }

    /** The words are read once per text, in one pass: a 4,000-character worst case of such words, commas, no spaces. */
    @Test
    void aLongMessageIsReadInLinearTime() {
        Locale pt = Locale.forLanguageTag("pt");
        for (String text : List.of("valeu ".repeat(666), "valeu a pena,".repeat(307), "valeuvaleu".repeat(400),
                "valeu, ".repeat(571), "o cupom nao valeu ".repeat(222))) {
            LeaveWords.Leave leave = LeaveWords.of(text, pt);
            assertThat(leave.stray()).hasSize(leave.words().length);
            if (leave.words().length > Closings.MOST_BYE_WORDS) { // one word ("valeuvaleu…") is a word of thanks
                assertThat(Closings.of(text, pt)).as(text.substring(0, 20)).isEmpty();
            }
        }
        assertThat(LeaveWords.of("valeu a pena,".repeat(307), pt).stray()).contains(true);
        // a message's readers share one reading of it (texts past 2,000 characters are read each time)
        assertThat(LeaveWords.of("valeu a pena esperar", pt)).isSameAs(LeaveWords.of("valeu a pena esperar", pt));
        assertThat(LeaveWords.of("valeu, ".repeat(571), pt).stray()).containsOnly(false);
    }

    private static boolean polite(Decision d) {
        return d.main() instanceof Action.ActReply reply && (reply.act() == Act.THANKS || reply.act() == Act.BYE);
    }
}
