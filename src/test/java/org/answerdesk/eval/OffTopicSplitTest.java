package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The off-topic figures by kind: the neighbouring business's questions apart from the far ones. */
class OffTopicSplitTest {

    private static final List<LabeledText> QUERIES = List.of(
            new LabeledText("in scope", "card_arrival"),
            new LabeledText("near answered", "near"),
            new LabeledText("near shown choices", "near"),
            new LabeledText("near handed over", "near"),
            new LabeledText("near handed over too", "NEAR"),
            new LabeledText("far answered", ""),
            new LabeledText("far handed over", "oos"));
    private static final List<Outcome> OUTCOMES = List.of(
            new Outcome(true, 1, 0.9, 0.9, false),
            new Outcome(false, 0, 0.7, 0.8, false),
            new Outcome(false, 0, 0.3, 0.6, false),
            new Outcome(false, 0, 0.1, 0.1, false),
            new Outcome(false, 0, 0.2, 0.0, false),
            new Outcome(false, 0, 0.6, 0.9, false),
            new Outcome(false, 0, 0.2, 0.1, false));

    @Test
    void nearAndFarQuestionsAreCountedApartAndInScopeOnesNotAtAll() {
        OffTopicSplit split = OffTopicSplit.of(QUERIES, OUTCOMES, 0.55, 0.25);
        assertThat(split.near()).isEqualTo(4);
        assertThat(split.nearAnswered()).isEqualTo(0.25);
        assertThat(split.nearChoices()).isEqualTo(0.25);
        assertThat(split.far()).isEqualTo(2);
        assertThat(split.farAnswered()).isEqualTo(0.5);
        assertThat(split.farChoices()).isZero();
    }

    @Test
    void theTableIsPrintedOnlyForRegimesWithNearQuestions() {
        OffTopicSplit withNear = OffTopicSplit.of(QUERIES, OUTCOMES, 0.55, 0.25);
        OffTopicSplit farOnly = OffTopicSplit.of(QUERIES.subList(5, 7), OUTCOMES.subList(5, 7), 0.55, 0.25);
        var buffer = new ByteArrayOutputStream();
        OffTopicSplit.print(Map.of("groups", List.of(withNear, withNear), "hwu", List.of(farOnly)),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String table = buffer.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("near answ.").containsPattern("groups\\s+25\\.0 ± 0\\.0\\s+25\\.0 ± 0\\.0\\s+50\\.0")
                .doesNotContain("hwu");

        buffer.reset();
        OffTopicSplit.print(Map.of("hwu", List.of(farOnly)), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(buffer.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void queriesAndOutcomesMustPair() {
        assertThatThrownBy(() -> OffTopicSplit.of(QUERIES, OUTCOMES.subList(0, 3), 0.55, 0.25))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
