package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Set 12's classes (issue 61; docs/dialogue.md, "Set 12's classes"), decided as {@link ConversationActsTest} decides
 * its rows: a thanks or goodbye in dialect or with typos, a goodbye or "how long?" after a handover, small talk about a
 * match or the weather, a vague word ("prices": "which of these?", never one entry as if certain and never a person
 * at once), and real questions in the same words. {@code conversation-acts-dev2.tsv} was tuned on and must pass;
 * {@code conversation-acts-heldout2.tsv}, written by a stranger who read no code, is reported per class and language
 * and held to the figures measured once.
 */
class StrangerActsTest {

    static Stream<ConversationActsTest.Row> dev() throws IOException {
        return ConversationActsTest.rows("dev2").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev")
    void eachDevelopmentRowGetsTheOutcomeOfItsClass(ConversationActsTest.Row row) {
        assertThat(ConversationActsTest.wrong(row)).as(row.toString()).isNull();
    }

    /** Right per language and per class of the held-out rows, and the rows read wrong. */
    static Map<String, int[]> measure(List<ConversationActsTest.Row> rows, List<String> wrong) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ConversationActsTest.Row row : rows) {
            String why = ConversationActsTest.wrong(row);
            for (String key : List.of(row.language().substring(0, 2), row.kind(), "all")) {
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                c[0] += why == null ? 1 : 0;
                c[1]++;
            }
            if (why != null) {
                wrong.add(row + " -> " + why);
            }
        }
        return counts;
    }

    @Test
    void theStrangersHeldOutRowsReadNoWorseThanWhenMeasured() throws IOException {
        List<String> wrong = new ArrayList<>();
        Map<String, int[]> counts = measure(ConversationActsTest.rows("heldout2"), wrong);
        counts.forEach((key, c) -> System.out.printf("conversation-acts heldout2 %s %d/%d%n", key, c[0], c[1]));
        wrong.forEach(w -> System.out.println("conversation-acts heldout2 wrong: " + w));
        FLOORS.forEach((key, floor) -> assertThat(counts.getOrDefault(key, new int[2])[0]).as(key + " " + wrong)
                .isGreaterThanOrEqualTo(floor));
    }

    /**
     * Held-out rows read right (of 54 per language, 42 per class, 378 in all), measured once after set 12's change and
     * never tuned on; main's code before it read 195 (docs/dialogue.md, "Set 12's classes").
     */
    private static final Map<String, Integer> FLOORS = Map.ofEntries(Map.entry("all", 226), Map.entry("en", 25),
            Map.entry("de", 31), Map.entry("es", 35), Map.entry("fr", 27), Map.entry("it", 36), Map.entry("pt", 37),
            Map.entry("nl", 35), Map.entry("thanksbye", 40), Map.entry("waiting", 30), Map.entry("smalltalk", 6),
            Map.entry("vague", 18), Map.entry("question", 37), Map.entry("bot", 33), Map.entry("person", 28),
            Map.entry("pushback", 12), Map.entry("reject", 22));
}
