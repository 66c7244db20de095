package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a message does, as testers who never read the code wrote it (issue 61, sets 9 and 10; docs/dialogue.md,
 * "Conversation acts"): a request for a person said indirectly (a callback with a phone number, the boss), a push-back
 * after an answer in the customer's own words, a typed rejection of the choices, a thanks or goodbye with a vocative,
 * "are you a bot" informally, a question about the world outside the shop, and a message about the wait after a
 * handover; and shop questions in the same words, which stay questions. Each row is decided in its context (the
 * first message, after an answer, while choices show, waiting for a person) by the policy over an FAQ that offers
 * the same two unrelated entries for every message it was not scripted with, as the packaged bot offers its nearest
 * entries: a misread message gets those choices. {@code conversation-acts-dev.tsv} was tuned on and must pass;
 * {@code conversation-acts-heldout.tsv}, where it exists, is reported per language and held to its floors.
 */
class ConversationActsTest {

    private static final String QUESTION = "Wo ist meine Bestellung?";
    /**
     * Held-out rows read right per language (of 48 each) after the change: written by a tester who read no code,
     * measured once by the lead, never tuned on (docs/dialogue.md, "Conversation acts by their shape").
     */
    private static final Map<String, Integer> HELD_OUT_FLOOR = Map.of("en", 31, "de", 34, "es", 37, "fr", 33, "it", 36,
            "pt", 35, "nl", 39);
    /** A thanks, a goodbye, or "never mind, thanks anyway": a polite close, no ticket and no FAQ. */
    private static final Set<Act> POLITE = Set.of(Act.THANKS, Act.BYE, Act.CANCEL);

    record Row(String language, String kind, String context, String text) {

        @Override
        public String toString() {
            return language + " " + kind + " " + context + ": " + text;
        }
    }

    static List<Row> rows(String part) throws IOException {
        Path file = Path.of("src/test/resources/dialogue/conversation-acts-" + part + ".tsv");
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")).map(f -> new Row(f[0], f[1], f[2], f[3])).toList();
    }

    static Stream<Row> dev() throws IOException {
        return rows("dev").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev")
    void eachDevelopmentRowGetsTheOutcomeOfItsClass(Row row) {
        assertThat(wrong(row)).as(row.toString()).isNull();
    }

    @Test
    void theHeldOutRowsReadNoWorseThanWhenMeasured() throws IOException {
        assertHeldOutFloors("heldout", HELD_OUT_FLOOR);
    }

    /**
     * Reads a held-out file's rows, prints what each language got right (and the rows it got wrong), and asserts
     * each language's floor: the count measured once after the change that wrote the file.
     */
    static void assertHeldOutFloors(String part, Map<String, Integer> floors) throws IOException {
        Map<String, List<String>> wrong = new TreeMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        for (Row row : rows(part)) {
            String language = row.language().substring(0, 2);
            String why = wrong(row);
            int[] c = counts.computeIfAbsent(language, l -> new int[2]);
            c[0] += why == null ? 1 : 0;
            c[1]++;
            if (why != null) {
                wrong.computeIfAbsent(language, l -> new ArrayList<>()).add(row + " -> " + why);
            }
        }
        counts.forEach((language, c) -> System.out.printf("conversation-acts %s %s %d/%d %s%n", part, language, c[0],
                c[1], wrong.getOrDefault(language, List.of())));
        System.out.printf("conversation-acts %s all %d/%d%n", part,
                counts.values().stream().mapToInt(c -> c[0]).sum(), counts.values().stream().mapToInt(c -> c[1]).sum());
        floors.forEach((language, floor) -> assertThat(counts.getOrDefault(language, new int[2])[0])
                .as(language + " " + wrong.get(language)).isGreaterThanOrEqualTo(floor));
    }

    /** What is wrong with the bot's decision on the row's message in its context, or null when it is of its class. */
    static String wrong(Row row) {
        Decision d;
        try {
            d = decide(row);
        } catch (IllegalArgumentException e) {
            return "failed: " + e.getMessage(); // the fake FAQ refuses a blank lookup
        }
        Action main = d.main();
        boolean ok = switch (row.kind()) {
            case "person" -> main.handsOver() || main instanceof Action.Acknowledge a && a.choices().isEmpty()
                    && waiting(row.context());
            case "pushback" -> pushedBack(d);
            case "reject" -> main instanceof Action.OfferPerson || main instanceof Action.Handoff;
            case "thanksbye" -> main instanceof Action.ActReply r && POLITE.contains(r.act())
                    || main instanceof Action.Acknowledge a && a.closing() != null;
            case "bot" -> main.equals(new Action.ActReply(Act.BOT, false))
                    || main instanceof Action.ActReply r && r.act() == Act.BOT
                    || main instanceof Action.Acknowledge a && a.closing() == Act.BOT;
            case "world" -> main instanceof Action.ActReply r && r.act() == Act.CHITCHAT;
            case "greeting" -> main instanceof Action.ActReply r && (r.act() == Act.GREETING
                    || r.act() == Act.CHITCHAT);
            case "anger" -> d.angry() && main instanceof Action.OfferPerson o && o.apologising();
            case "smalltalk" -> main instanceof Action.ActReply r && r.act() == Act.CHITCHAT
                    || main instanceof Action.Acknowledge a && a.choices().isEmpty() && waiting(row.context());
            case "vague" -> asksWhatIsMeant(main) && asksWhatIsMeant(decide(row, FakeSearch.Otherwise.CONFIDENT).main());
            case "waiting" -> main instanceof Action.Acknowledge a && a.choices().isEmpty();
            case "question" -> question(d);
            default -> throw new IllegalArgumentException(row.kind());
        };
        return ok ? null : main + " act " + d.act();
    }

    /**
     * A vague message's handling: "which of these?" or "what do you mean?", never one entry as if certain, never a
     * person at once. Its row is decided twice: by an FAQ that finds nothing, and by one confident of an entry.
     */
    private static boolean asksWhatIsMeant(Action main) {
        return main instanceof Action.Clarify || main instanceof Action.AskMore;
    }

    private static boolean waiting(String context) {
        return context.equals("waiting") || context.equals("after_handover") || context.equals("handover");
    }

    /**
     * The push-back's handling: the apology or the offer of a person, a related next step ("did you mean" again of
     * the entries next to the one that did not help), a person; or the message read as "that didn't help" around the
     * question it goes on with.
     */
    private static boolean pushedBack(Decision d) {
        Action main = d.main();
        return main instanceof Action.OfferPerson o && o.why() != Action.OfferPerson.Why.PRESENT
                || main instanceof Action.Handoff || main instanceof Action.Clarify c && c.again()
                || d.act().filter(a -> a == Act.NOT_HELPED || a == Act.NO).isPresent()
                        && !(main instanceof Action.ActReply);
    }

    /** A question is looked up: never an act's reply, a bare acknowledgement, or a person because one was asked for. */
    private static boolean question(Decision d) {
        Action main = d.main();
        if (main instanceof Action.ActReply || main instanceof Action.Acknowledge a && a.choices().isEmpty()
                || main instanceof Action.Handoff h && HandoffReasons.CUSTOMER_ASKED.equals(h.reason())) {
            return false;
        }
        return !(main instanceof Action.OfferPerson o && o.why() == Action.OfferPerson.Why.NOT_HELPED)
                && d.act().filter(a -> a == Act.NOT_HELPED || a == Act.PERSON).isEmpty();
    }

    private static Decision decide(Row row) {
        return decide(row, row.kind().equals("vague") ? FakeSearch.Otherwise.NOTHING : FakeSearch.Otherwise.UNSURE);
    }

    private static Decision decide(Row row, FakeSearch.Otherwise otherwise) {
        Locale lang = Locale.forLanguageTag(row.language());
        FakeSearch search = switch (otherwise) {
            case UNSURE -> new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING);
            case CONFIDENT -> new FakeSearch().confidentOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING);
            case NOTHING -> new FakeSearch();
        };
        DialogueState start = DialogueState.fresh(Locale.ENGLISH).withLanguage(lang);
        switch (waiting(row.context()) ? "waiting" : row.context()) {
            case "first" -> {
                return new DialogueFlow(search, start).says(row.text());
            }
            case "after_answer" -> {
                search.confident(Cleanup.forLookup(QUESTION, lang), FakeSearch.ORDER);
                DialogueFlow flow = new DialogueFlow(search, start);
                flow.says(QUESTION);
                return flow.says(row.text());
            }
            case "after_choices" -> {
                DialogueFlow flow = new DialogueFlow(search, start);
                search.unsure(Cleanup.forLookup(QUESTION, lang), FakeSearch.PASSWORD, FakeSearch.SHIPPING);
                assertThat(flow.says(QUESTION).main()).isInstanceOf(Action.Clarify.class);
                return flow.says(row.text());
            }
            case "waiting" -> {
                return new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false)).says(row.text());
            }
            default -> throw new IllegalArgumentException(row.context());
        }
    }
}
