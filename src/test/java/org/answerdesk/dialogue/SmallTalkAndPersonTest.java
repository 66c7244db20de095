package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small talk and requests for a person in the words customers use (issue 61 items 5/6, issue 62 item 3;
 * docs/dialogue.md "acts57"), scripted against the policy in seven languages: a person asked for as anyone alive ("a
 * body to talk to", "un cristiano con quien pueda hablar", "a living soul", "pass me over to"), "a real person or a
 * robot?" asked right after an offer of a person (the bot's reply, no yes), thanks and goodbyes, thanks in languages
 * no file is shipped for, acknowledgements ("right ho", "aye weel"), "ta" as thanks alone or in its phrase; and
 * questions with their own words. The sentences ({@code dialogue/acts57-small-talk.tsv}) were written for this test.
 */
class SmallTalkAndPersonTest {

    static Stream<Arguments> rows() throws IOException {
        return ScriptRows.of("/dialogue/acts57-small-talk.tsv");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("rows")
    void readAsTheAct(String language, String written, String text) {
        ScriptRows.assertAsWritten(written, text, kind -> decide(language, kind, text), SmallTalkAndPersonTest::read);
    }

    /**
     * 4,000 characters of the new patterns' own words, with and without spaces: no request read, in one pass (no
     * clock asserted here).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | 'a body ta ta ta '
            en | 'gie me a '
            en | 'pass me to a real '
            es | 'un cristiano con quien '
            pt | 'uma tia com quem,'
            de | 'einen mit dem ich '
            fr | 'quelqu un a qui '
            nl | 'een met wie ik '
            """)
    void aLongRunOfTheWordsIsReadInOnePass(String language, String piece) {
        String text = piece.repeat(4_000 / piece.length() + 1).substring(0, 4_000);
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(piece).isFalse();
    }

    /** What the policy decides for {@code text} in the situation of {@code kind}. */
    static Action decide(String language, String kind, String text) {
        return switch (kind) {
            case "person", "ackc" -> DialogueFlow.afterChoices(language).says(text).main();
            case "botoffer" -> afterAnOffer(language).says(text).main();
            default -> DialogueFlow.afterAnAnswer(language,
                    new FakeSearch().confidentOtherwise(FakeSearch.SHIPPING, FakeSearch.PASSWORD)).says(text).main();
        };
    }

    /** Whether {@code main} is what {@code kind} wants. */
    static boolean read(String kind, Action main) {
        return switch (kind) {
            case "person" -> main.handsOver();
            case "botafter", "botoffer" -> main instanceof Action.ActReply a && a.act() == Act.BOT && !main.handsOver();
            case "close" -> main instanceof Action.ActReply a && (a.act() == Act.THANKS || a.act() == Act.BYE);
            case "thanks" -> main instanceof Action.ActReply a && a.act() == Act.THANKS;
            case "ack" -> main instanceof Action.ActReply a && (a.act() == Act.THANKS || a.act() == Act.YES);
            case "ackc" -> main instanceof Action.OfferPerson || main instanceof Action.ActReply a
                    && (a.act() == Act.THANKS || a.act() == Act.YES);
            case "not" -> !main.handsOver() && !(main instanceof Action.ActReply);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Right after the bot found no answer and offered a person; any question answered with confidence. */
    private static DialogueFlow afterAnOffer(String language) {
        DialogueState offered = DialogueState.fresh(Locale.forLanguageTag(language)).withPersonOffered()
                .after(new LastReply(false, null, "offer", "something else", false, List.of(), 0));
        return new DialogueFlow(new FakeSearch().confidentOtherwise(FakeSearch.SHIPPING, FakeSearch.PASSWORD),
                offered);
    }
}
