package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person asked for and "is anyone there?" by their shapes in seven languages and their regional forms (issue 61
 * items 5/6, issue 62 item 3; docs/dialogue.md "person56"): the trade's own person named ("the plumber himself", "the
 * boss", "someone from the office"), "not with a machine" as the reason, "can't one of you talk to me"; "anyone
 * there?" beside a statement of waiting or spelt as a dialect spells it; a question about the awaited call; and, the
 * other way, questions with their own content words ("how long do they last?", "who do I talk to about an invoice?")
 * that stay questions. The sentences ({@code dialogue/person56-shapes.tsv}) were written for this test, none of a set.
 */
class PersonAndWaitShapesTest {

    /** The sentences the rules were written beside. */
    static Stream<Arguments> rows() throws IOException {
        return ScriptRows.of("/dialogue/person56-shapes.tsv");
    }

    /** A second set, written after the rules and never tuned on. */
    static Stream<Arguments> fresh() throws IOException {
        return ScriptRows.of("/dialogue/person56-fresh.tsv");
    }


    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource({"rows", "fresh"})
    void readByItsShape(String language, String written, String text) {
        ScriptRows.assertAsWritten(written, text, kind -> decide(language, kind, text), PersonAndWaitShapesTest::read);
    }

    /**
     * 4,000 characters of the new readings' own words, with and without spaces: no act read, in one pass (timed by
     * hand, docs/dialogue.md "person56"; no clock asserted here).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nl | 'hallo?? iemand? ik wacht al '
            nl | 'hallo?iemand?'
            de | 'ned mit some automat rede, i wott de beck sälber, '
            de | 'mit wem wegen rechnung,'
            es | '¿y eso tarda? ¿me llaman hoy o el lunes? '
            pt | 'quero um muadié do escritório, já! '
            en | 'how long do they last '
            fr | 'personne ne répond, vous dormez ou quoi '
            """)
    void aLongRunOfTheWordsIsReadInOnePass(String language, String piece) {
        String text = piece.repeat(4_000 / piece.length() + 1).substring(0, 4_000);
        Locale lang = Locale.forLanguageTag(language);
        assertThat(OnlyWords.asksIfAnyoneIsThereAmong(text, lang, true)).as("too long to ask if anyone is there")
                .isFalse();
        assertThat(SaysItWaits.asksHowLongAmong(text, lang)).as("too long to ask how long").isFalse();
        assertThat(SaysItWaits.asksForTheCall(text, lang)).as("too long to ask about the call").isFalse();
        assertThat(WhoAbout.without(text, lang)).as("every clause kept or left out, in one pass").isNotNull();
        assertThat(DemandShape.asks(text, lang)).as("too long for a demand's shape").isFalse();
        assertThat(MachineThenSomeone.asks(text, ActRules.folded(text), lang)).as("a story, not a demand").isFalse();
    }

    /** What the policy decides for {@code text} in the situation of {@code kind}. */
    static Action decide(String language, String kind, String text) {
        return switch (kind) {
            case "person", "present" -> DialogueFlow.afterChoices(language).says(text).main();
            case "anyone", "callwait" -> waiting(language, new FakeSearch()
                    .confidentOtherwise(FakeSearch.ORDER, FakeSearch.SHIPPING)).says(text).main();
            case "notwait" -> waiting(language, knowing(text)).says(text).main();
            case "notoffer" -> afterAnOffer(language, knowing(text)).says(text).main();
            case "not" -> DialogueFlow.flow(new FakeSearch().confidentOtherwise(FakeSearch.ORDER, FakeSearch.SHIPPING),
                    language).says(text).main();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Whether {@code main} is what {@code kind} wants. */
    static boolean read(String kind, Action main) {
        return switch (kind) {
            case "person" -> main.handsOver();
            case "present" -> main.handsOver() || main instanceof Action.OfferPerson;
            case "anyone", "callwait" -> main instanceof Action.Acknowledge a && a.choices().isEmpty();
            default -> main instanceof Action.FaqAnswer;
        };
    }

    /** An FAQ whose entry asks {@code text} (it knows the question's words), found with confidence for any text. */
    private static FakeSearch knowing(String text) {
        return new FakeSearch().confidentOtherwise(new FaqMatch(9, text, "Answer 9.", 0.8), FakeSearch.ORDER);
    }

    /** Handed over on a chat, no person has written yet. */
    private static DialogueFlow waiting(String language, FakeSearch search) {
        DialogueState start = DialogueState.fresh(Locale.ENGLISH).withLanguage(Locale.forLanguageTag(language))
                .withHandoff(false);
        return new DialogueFlow(search, start);
    }

    /** Right after the bot found no answer and offered a person. */
    private static DialogueFlow afterAnOffer(String language, FakeSearch search) {
        DialogueState offered = DialogueState.fresh(Locale.forLanguageTag(language)).withPersonOffered()
                .after(new LastReply(false, null, "offer", "something else", false, List.of(), 0));
        return new DialogueFlow(search, offered);
    }
}
