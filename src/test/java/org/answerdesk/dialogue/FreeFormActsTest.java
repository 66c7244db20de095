package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small talk said freely, on an act index that reads every message as "that did not help" (as the shipped phrasings
 * read "thanks, it's working now": they hardly tell "working" from "not working").
 */
class FreeFormActsTest {

    private final ActIndex deniesEverything = new ActIndex(List.of(
            new ActIndex.Example("not_helped", "it's still not working", new float[] {1, 0}),
            new ActIndex.Example(ActIndex.NEED, "where is my order", new float[] {0, 1})),
            t -> new float[] {1, 0}, 0.5, 0.1);

    private Optional<Act> read(String text, Optional<Act> around, String rest) {
        return FreeFormActs.read(deniesEverything, text, around, () -> true, rest, false, false);
    }

    @Test
    void aClearActSharesWordsWithTheActsPhrasingsAndIsNotEmbeddedOtherwise() {
        java.util.concurrent.atomic.AtomicInteger embedded = new java.util.concurrent.atomic.AtomicInteger();
        ActIndex counting = new ActIndex(List.of(
                new ActIndex.Example("not_helped", "it's still not working", new float[] {1, 0}),
                new ActIndex.Example(ActIndex.NEED, "where is my order", new float[] {0, 1})),
                t -> {
                    embedded.incrementAndGet();
                    return new float[] {1, 0};
                }, 0.5, 0.1);

        assertThat(FreeFormActs.clear(counting, "it's still not working!")).isTrue();
        assertThat(FreeFormActs.clear(counting, "my refund is still pending approval")).isFalse();
        assertThat(embedded).as("the second message shares too few words to be embedded").hasValue(1);
    }

    @Test
    void thanksWithWordsThatItWorkedIsThanksNotThatItDidNotHelp() {
        assertThat(read("thanks, it's working now", Optional.of(Act.THANKS), "it's working now"))
                .contains(Act.THANKS);
        assertThat(read("it's working now", Optional.empty(), "it's working now")).contains(Act.THANKS);
        assertThat(read("ok that fixed it", Optional.of(Act.YES), "that fixed it")).contains(Act.YES);
    }

    @Test
    void wordsThatItDidNotWorkStayADenial() {
        assertThat(read("thanks, but it's still not working", Optional.of(Act.THANKS), "but it's still not working"))
                .contains(Act.NOT_HELPED);
        assertThat(read("that didn't work", Optional.empty(), "that didn't work")).contains(Act.NOT_HELPED);
        assertThat(read("no, that hasn’t helped", Optional.of(Act.NO), "that hasn’t helped"))
                .hasValueSatisfying(a -> assertThat(a).isIn(Act.NO, Act.NOT_HELPED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it's working now", "all sorted, cheers", "that fixed it", "Solved!", "that helped a lot",
            "did the trick"})
    void saysItWorked(String text) {
        assertThat(FreeFormActs.saysItWorked(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"it's still not working", "that didn't work", "nothing works", "it doesn't help",
            "not fixed yet", "that's useless", "never worked", "it isn’t working"})
    void saysItDidNotWork(String text) {
        assertThat(FreeFormActs.saysItWorked(text)).isFalse();
    }
}
