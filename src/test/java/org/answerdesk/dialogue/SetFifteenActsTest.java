package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Set 15's acts misread (issue 61 items 6 and 8, issue 62 item 3; docs/dialogue.md, "acts7"), in new sentences in every
 * shipped language: a question or a complaint taken for a thanks by the nearest act phrasing, "are you a robot?" with
 * a diminutive or a word said in passing, a request for a person in dialect, a bare push-back while choices show (the
 * second in a row hands over), a callback with a number, and "ok, I'll wait". {@code conversation-acts-dev5.tsv} was
 * tuned on and must pass; {@code conversation-acts-heldout5.tsv} was written before the change and never tuned on.
 */
class SetFifteenActsTest {

    /**
     * Held-out rows read right per language (of 12 each) after the change, measured once: main's code before it read
     * en 7, de 6, es 10, fr 9, it 8, nl 10, pt 9 (59 of 84); after, 72.
     */
    private static final Map<String, Integer> HELD_OUT_FLOOR = Map.of("en", 9, "de", 9, "es", 11, "fr", 11, "it", 11,
            "pt", 9, "nl", 12);

    static Stream<ConversationActsTest.Row> dev() throws IOException {
        return ConversationActsTest.rows("dev5").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev")
    void eachDevelopmentRowGetsTheOutcomeOfItsClass(ConversationActsTest.Row row) {
        assertThat(ConversationActsTest.wrong(row)).as(row.toString()).isNull();
    }

    @Test
    void theHeldOutRowsReadNoWorseThanWhenMeasured() throws IOException {
        ConversationActsTest.assertHeldOutFloors("heldout5", HELD_OUT_FLOOR);
    }

    /** The message's nearest act phrasing is a thanks or goodbye said without its negation or its question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | this still isn't fixing anything        | problem solved     | THANKS | NOT_HELPED
            en | nope that never sorted it               | that sorted it     | THANKS | NOT_HELPED
            en | how much is that gonna cost me          | gotta run          | BYE    |
            en | what time do you lot close              | good night         | BYE    |
            en | no worries                              | no worries         | THANKS | THANKS
            en | how are you doing today                 | how are you doing? | THANKS | THANKS
            de | das hat nicht funktioniert              | hat funktioniert   | THANKS | NOT_HELPED
            fr | ça marche pas                           | ça marche          | THANKS | NOT_HELPED
            it | non ha funzionato                       | ha funzionato      | THANKS | NOT_HELPED
            es | no funcionó                             | funcionó           | THANKS | NOT_HELPED
            nl | het werkt niet                          | het werkt          | THANKS | NOT_HELPED
            pt | não funcionou                           | funcionou          | THANKS | NOT_HELPED
            """)
    void aThanksByNearnessMustBeSaidAsItsPhrasingSaysIt(String language, String text, String nearest, Act read,
                                                      Act expected) {
        assertThat(NearPoliteness.checked(java.util.Optional.of(read), text, nearest, Locale.forLanguageTag(language)))
                .isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            this still isn't fixing anything | problem solved
            how much is that gonna cost me   | gotta run
            nah that didnt work either       | that worked
            """)
    void afterAnAnswerAQuestionOrComplaintNearAThanksIsNoThanks(String text, String phrasing) {
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING)
                .confident(Cleanup.forLookup("Where is my order?", Locale.ENGLISH), FakeSearch.ORDER)
                .actNear(text, phrasing.startsWith("gotta") ? Act.BYE : Act.THANKS, phrasing);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH));
        assertThat(flow.says("Where is my order?").main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text).isNotInstanceOf(Action.ActReply.class);
        assertThat(d.confirmed()).isFalse();
        assertThat(d.act()).as(text).isNotIn(java.util.Optional.of(Act.THANKS), java.util.Optional.of(Act.BYE));
    }

    /** Choices shown, a bare push-back, then another: the second hands over (set 15's nl 4.3 and 4.4). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my thing is broken         | that wasn't my question mate        | still not it, can't you do anything
            de | mei ding isch kaputt       | des wor ned mei frog                | immer no ned. kannsch du gar nix mache
            fr | mon truc est brisé         | c'était pas ma question             | toujours rien. tu peux rien faire?
            it | la cosa mia è rotta        | nun era chesta a dumanda            | ancora niente. non sai fare niente?
            es | mi cosa está rota          | eso no era mi pregunta              | sigo sin nada. no puedes hacer nada?
            nl | mijn ding is kapot         | da was de vraag ni                  | nog steeds niet. kunde gij dan niks?
            pt | minha coisa quebrou        | essa não é a minha pergunta         | ainda nada. vc não consegue fazer nada?
            """)
    void theSecondBarePushBackAfterChoicesHandsOver(String language, String question, String first, String second) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(question).main()).isInstanceOf(Action.Clarify.class);
        Decision once = flow.says(first);
        assertThat(once.act()).as(first + " -> " + once.main()).contains(Act.NOT_HELPED);
        Decision twice = flow.says(second);
        assertThat(twice.main().handsOver()).as(second + " -> " + twice.main()).isTrue();
    }
}
