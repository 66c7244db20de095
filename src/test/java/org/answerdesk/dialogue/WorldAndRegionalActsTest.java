package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The act classes set 8's testers met in every shipped language (docs/dialogue.md, "World questions and regional
 * acts"): "are you a bot?" in regional and informal second person ("eri un bot?", "t'es-tu un robot?", "zijt gij ne
 * robot?"), thanks with a goodbye in dialect ("danke und pfiat di"), an acknowledgement after an answer ("ok I'll wait
 * the 5 days then"), and questions about the world outside the shop (the weather, a match, where to eat, the tram
 * today, the news), which get the small-talk reply; and shop questions in the same words ("is the trip cancelled if
 * the weather is bad?", "is there a bus stop near the shop?", "ok and how long does the refund take?"), which stay
 * questions, first and after an answer. Decided by the policy with an FAQ that finds nothing and no free-form
 * phrasings, so that only the language's rules decide. {@code world-acts-dev.tsv} was tuned on and must pass;
 * {@code world-acts-heldout.tsv} was written beside it before any rule changed, never tuned on, and holds the figure
 * measured after the change per language as a floor.
 */
class WorldAndRegionalActsTest {

    private static final Set<Act> POLITE = Set.of(Act.THANKS, Act.BYE);
    private static final String QUESTION = "Wo ist meine Bestellung?";
    /** Held-out rows read right per language after the change (of 50 each); measured, never tuned on. */
    private static final Map<String, Integer> HELD_OUT_FLOOR = Map.of("en", 46, "de", 50, "es", 45, "fr", 46, "it", 49,
            "pt", 47, "nl", 48);

    record Row(String language, String kind, String text) {

        @Override
        public String toString() {
            return language + " " + kind + ": " + text;
        }
    }

    static List<Row> rows(String part) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/dialogue/world-acts-" + part + ".tsv"),
                StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t"))
                .map(f -> new Row(f[0], f[1], f[2])).toList();
    }

    static Stream<Row> dev() throws IOException {
        return rows("dev").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev")
    void eachDevelopmentRowGetsTheReplyOfItsClass(Row row) {
        assertThat(wrongReply(row)).as(row.toString()).isNull();
    }

    @Test
    void theHeldOutRowsReadNoWorseThanWhenMeasured() throws IOException {
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        Map<String, Integer> right = new LinkedHashMap<>();
        for (Row row : rows("heldout")) {
            String language = row.language().substring(0, 2);
            String reply;
            try {
                reply = wrongReply(row);
            } catch (IllegalArgumentException e) {
                // the fake FAQ refuses a blank lookup: an angry act alone ("tento de novo") is looked up with nothing
                reply = "failed: " + e.getMessage();
            }
            wrong.computeIfAbsent(language, l -> new ArrayList<>());
            right.merge(language, reply == null ? 1 : 0, Integer::sum);
            if (reply != null) {
                wrong.get(language).add(row + " -> " + reply);
            }
        }
        int total = 0;
        for (var e : right.entrySet()) {
            total += e.getValue();
            System.out.printf("world-acts heldout %s %d/50 %s%n", e.getKey(), e.getValue(), wrong.get(e.getKey()));
        }
        System.out.printf("world-acts heldout total %d/%d%n", total, 50 * right.size());
        right.forEach((language, n) -> assertThat(n).as(language + " " + wrong.get(language))
                .isGreaterThanOrEqualTo(HELD_OUT_FLOOR.get(language)));
    }

    /** What was wrong with the bot's reply to the row's message, or null when it is the reply of the row's class. */
    static String wrongReply(Row row) {
        Locale lang = Locale.forLanguageTag(row.language());
        return switch (row.kind()) {
            case "bot" -> expect(first(row.text(), lang), new Action.ActReply(Act.BOT, false));
            case "world" -> expect(first(row.text(), lang), new Action.ActReply(Act.CHITCHAT, false));
            case "thanksbye", "ack" -> {
                Action main = afterAnswer(row.text(), lang);
                yield main instanceof Action.ActReply r && POLITE.contains(r.act()) ? null : main.toString();
            }
            case "shop" -> {
                String fresh = question(first(row.text(), lang));
                yield fresh != null ? fresh : question(afterAnswer(row.text(), lang));
            }
            default -> throw new IllegalArgumentException(row.kind());
        };
    }

    private static String expect(Action main, Action expected) {
        return main.equals(expected) ? null : main.toString();
    }

    /** A question is looked up: never an act's reply, an acknowledgement, or a person because one was asked for. */
    private static String question(Action main) {
        boolean asked = main instanceof Action.Handoff h && HandoffReasons.CUSTOMER_ASKED.equals(h.reason());
        return main instanceof Action.ActReply || main instanceof Action.Acknowledge || asked ? main.toString() : null;
    }

    private static Action first(String text, Locale lang) {
        return new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(text)
                .main();
    }

    private static Action afterAnswer(String text, Locale lang) {
        FakeSearch search = new FakeSearch();
        search.confident(Cleanup.forLookup(QUESTION, lang), FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        flow.says(QUESTION);
        return flow.says(text).main();
    }
}
