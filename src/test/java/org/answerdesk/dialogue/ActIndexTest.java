package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The nearest-phrasing verdict and the phrasing files it reads. */
class ActIndexTest {

    private static float[] unit(double x, double y) {
        double n = Math.hypot(x, y);
        return new float[] {(float) (x / n), (float) (y / n)};
    }

    private final ActIndex index = new ActIndex(List.of(
            new ActIndex.Example("chitchat", "tell me a joke", unit(1, 0)),
            new ActIndex.Example("greeting", "hello", unit(0.6, 0.8)),
            new ActIndex.Example(ActIndex.NEED, "where is my order", unit(0, 1))), t -> unit(1, 0), 0.5, 0.1);

    @Test
    void aMessageWithMoreThanTwoWordsNoActPhrasingUsesSharesNoWords() {
        assertThat(index.sharesWords("Tell me a joke!")).isTrue();
        assertThat(index.sharesWords("hello, tell me a funny joke")).as("two new words").isTrue();
        assertThat(index.sharesWords("where is my order")).as("the need's words are not the acts'").isFalse();
        assertThat(index.sharesWords("tell me my refund status")).isFalse();
    }

    @Test
    void theNearestActWinsWhenItIsCloseAndClearlyNearerThanAnyNeed() {
        var v = index.verdict(unit(1, 0.1));
        assertThat(v.act()).contains(Act.CHITCHAT);
        assertThat(v.nearest()).isEqualTo("tell me a joke");
        assertThat(v.actSimilarity()).isGreaterThan(v.needSimilarity());
    }

    @Test
    void aMessageNearerToANeedIsNoAct() {
        assertThat(index.verdict(unit(0.1, 1)).act()).isEmpty();
    }

    @Test
    void aMessageNearBothIsNoActUnlessTheActIsClearlyNearer() {
        assertThat(index.verdict(unit(0.45, 1)).act()).as("greeting 0.96, need 0.91: margin too small").isEmpty();
        assertThat(index.withThresholds(0.5, 0.01).verdict(unit(0.45, 1)).act()).contains(Act.GREETING);
    }

    @Test
    void anEmptyIndexRecognisesNothing() {
        assertThat(ActIndex.empty().verdict("tell me a joke").act()).isEmpty();
        assertThat(ActIndex.empty().size()).isZero();
    }

    @Test
    void theShippedPhrasingsReadAndHoldEveryActAndNeeds() throws IOException {
        try (var in = new InputStreamReader(ActIndex.class.getResourceAsStream("/dialogue/acts.tsv"),
                StandardCharsets.UTF_8)) {
            var phrasings = ActIndex.read(in);
            assertThat(phrasings).hasSizeGreaterThan(800);
            // a request for a person and a mash are read by rules (PersonRequest, Noise), never by phrasings
            for (Act act : java.util.EnumSet.complementOf(java.util.EnumSet.of(Act.PERSON, Act.NOISE))) {
                assertThat(phrasings).as(act.label()).anyMatch(p -> p.label().equals(act.label()));
            }
            assertThat(phrasings).filteredOn(p -> p.label().equals(ActIndex.NEED)).hasSizeGreaterThan(300);
        }
    }

    @Test
    void aFileWithABadLineIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> ActIndex.read(new StringReader("act\ttext\ngreeting\thi\nsmalltalk\thello\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> ActIndex.read(new StringReader("act\ttext\nno tab here\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void blankAndCommentLinesAreSkipped() throws IOException {
        assertThat(ActIndex.read(new StringReader("act\ttext\n\n# a comment\nbye\tciao\n")))
                .containsExactly(new ActIndex.Phrasing("bye", "ciao"));
    }

    @Test
    void aMessageNoActPhrasingComesNearIsNotComparedWithTheNeeds() {
        // a need with no vector: comparing the message with it would throw
        ActIndex withUnreadNeed = new ActIndex(List.of(
                new ActIndex.Example("chitchat", "tell me a joke", unit(1, 0)),
                new ActIndex.Example(ActIndex.NEED, "where is my order", null)), t -> unit(0, 1), 0.5, 0.1);
        assertThat(withUnreadNeed.verdictIfNear("where is my order", 0.65)).isEmpty();
    }

    @Test
    void aMessageAnActPhrasingComesNearGetsItsWholeVerdict() {
        ActIndex near = new ActIndex(List.of(
                new ActIndex.Example("chitchat", "tell me a joke", unit(1, 0)),
                new ActIndex.Example("greeting", "hello", unit(0.6, 0.8)),
                new ActIndex.Example(ActIndex.NEED, "where is my order", unit(0, 1))), t -> unit(1, 0.1), 0.5, 0.1);
        assertThat(near.verdictIfNear("tell me a joke", 0.65)).contains(near.verdict("tell me a joke"));
        assertThat(near.verdictIfNear("tell me a joke", 0.999)).as("the nearest act is 0.995 near").isEmpty();
    }
}
