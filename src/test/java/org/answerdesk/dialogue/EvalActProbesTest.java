package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The act probes of the held-out rounds six, seven and eight (now development sets: {@code eval/round6},
 * {@code eval/round7}, {@code eval/round8}, {@code <lang>/acts.csv}), decided by the policy with an FAQ that finds nothing, so that only the act reading
 * decides: a greeting, thanks or goodbye gets the bot's polite reply, a bot question the bot's answer about itself,
 * a request for a person a ticket the customer asked for, "that didn't help" after an answer never a thanks, a
 * greeting or the same answer. A check that nothing drops; the classes are tested with new sentences in
 * {@link ActClassesOtherWordsTest}.
 */
class EvalActProbesTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final Set<Act> POLITE = Set.of(Act.GREETING, Act.THANKS, Act.BYE);

    static Stream<String[]> probes() {
        List<String[]> rows = new ArrayList<>();
        for (String round : List.of("round6", "round7", "round8")) {
            for (String language : List.of("de", "es", "fr", "it", "nl", "pt")) {
                rows.addAll(read(EVAL.resolve(round).resolve(language).resolve("acts.csv"), language));
            }
        }
        return rows.stream();
    }

    /** {@code text,expected} rows, the text quoted when it holds a comma (RFC 4180, no quotes inside). */
    private static List<String[]> read(Path file, String language) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, Files.readAllLines(file,
                    StandardCharsets.UTF_8).size())) {
                int comma = line.lastIndexOf(',');
                String text = line.substring(0, comma);
                text = text.startsWith("\"") ? text.substring(1, text.length() - 1) : text;
                rows.add(new String[] {language, text, line.substring(comma + 1).strip()});
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("probes")
    void eachProbeGetsTheReplyOfItsKind(String language, String text, String expected) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch();
        String question = "Wo ist meine Bestellung?";
        search.confident(Cleanup.forLookup(question, lang), FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        if (expected.equals("NOT_HELPED")) {
            flow.says(question);
        }
        Action main = flow.says(text).main();
        switch (expected) {
            case "GREETING", "THANKS", "BYE" -> assertThat(main).isInstanceOfSatisfying(Action.ActReply.class,
                    r -> assertThat(POLITE).contains(r.act()));
            case "BOT_QUESTION" -> assertThat(main).isEqualTo(new Action.ActReply(Act.BOT, false));
            case "PERSON" -> assertThat(main).isInstanceOfSatisfying(Action.Handoff.class,
                    h -> assertThat(h.reason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED));
            case "NOT_HELPED" -> {
                assertThat(main).isNotInstanceOf(Action.FaqAnswer.class);
                if (main instanceof Action.ActReply r) {
                    assertThat(r.act()).isNotIn(Act.THANKS, Act.GREETING, Act.BYE);
                }
                if (main instanceof Action.Handoff h) {
                    assertThat(h.reason()).isNotEqualTo(HandoffReasons.NO_ANSWER);
                }
            }
            default -> throw new IllegalArgumentException(expected);
        }
    }
}
