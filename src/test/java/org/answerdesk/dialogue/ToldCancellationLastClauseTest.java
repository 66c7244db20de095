package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cancellation told without a word of cancelling and without a verb of booking (set 36's conversation 6): the
 * thing arranged is told in words of its own ("is signed up", "has the van for saturday", "swims with you since
 * march") and the last clause says it no longer holds. Where the message's own reading is unsure and has the
 * shop's cancelling entry among its closest, that entry leads the choices; nothing is answered or claimed.
 */
class ToldCancellationLastClauseTest {

    private static final FaqMatch CANCELLING = new FaqMatch(91, "How do I cancel or pause?",
            "Tell us 30 days ahead by e-mail.", 0.9);
    private static final FaqMatch COURSE = new FaqMatch(95, "What does the course cost?", "80 a term.", 0.9);

    /** Language | its first word for cancelling | an arrangement told in its own words, the last clause: no more. */
    private static final String TOLD = """
            de | stornieren | meine tochter ist für den kletterkurs im märz eingetragen, jetzt ziehen wir nach bremen und sie kann da nicht mehr mitmachen
            fr | annuler    | mon fils joue au tennis chez vous depuis la rentrée, on déménage à lyon en février et il ne viendra plus
            it | annulla    | la piscina per mia figlia è pagata fino a giugno, ci trasferiamo a bari a gennaio e non verrà più
            pt | cancelar   | meu filho faz judô com vocês desde março, vamos mudar de cidade em janeiro e ele não vai mais treinar
            es | cancelar   | mi hija va a la clase de pintura los martes, nos mudamos a cusco en enero y ya no va a poder ir
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = TOLD)
    void theCancellingEntryLeadsTheChoices(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .unsure(DialogueFlow.lookup(language, message), COURSE, CANCELLING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).startsWith(CANCELLING));
    }

    /** Far from the message's own reading, the cancelling entry still leads its choices; nothing is answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = TOLD)
    void farFromTheCancellingEntryItLeadsTheMessagesChoices(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .unsure(DialogueFlow.lookup(language, message), COURSE, FakeSearch.ORDER);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).containsExactly(CANCELLING, COURSE, FakeSearch.ORDER));
    }

    /** Language | its first word for cancelling | the sign of no longer in the first clause, a question, or a fault. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | stornieren | ich kann mich nicht mehr einloggen, das passwort stimmt aber
            fr | annuler    | mon fils va au tennis chez vous depuis la rentrée, il ne peut plus venir le mardi?
            it | annulla    | ho la bici da voi da marzo, adesso il freno non funziona più
            pt | cancelar   | meu filho faz judô com vocês, ele não vai mais poder ir na terça?
            """)
    void noStoryOfNoLongerIsReadAsBefore(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .unsure(DialogueFlow.lookup(language, message), COURSE, CANCELLING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).startsWith(COURSE));
    }
    /**
     * Whichever reading chose the choices (the message's parts here, the whole message is far), the cancelling
     * entry among them leads, for a story whose last clause says it no longer holds; else they stay as they are.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = TOLD)
    void theCancellingEntryAmongAnyChoicesLeadsThem(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING);
        Questions questions = new Questions(search, search, search);
        Action.Clarify shown = new Action.Clarify(java.util.List.of(COURSE, CANCELLING), 0.3, null, null, false);
        assertThat(GoneChoices.decided(shown, message, lang, questions)).as(message)
                .isInstanceOfSatisfying(Action.Clarify.class, c -> assertThat(c.choices()).startsWith(CANCELLING));
        String told = "la lezione di prova costa 10 euro, la prenoto per giovedì";
        assertThat(GoneChoices.decided(shown, told, lang, questions)).isSameAs(shown);
    }
}
