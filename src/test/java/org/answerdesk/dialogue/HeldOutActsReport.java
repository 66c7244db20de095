package org.answerdesk.dialogue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.answerdesk.conversation.answering.ActPhrasings;
import org.answerdesk.retrieval.EmbeddingModelChoice;
import org.answerdesk.retrieval.Embedder;

/**
 * Act probes ({@code language<TAB>text<TAB>expected}, a header line; one file per language, {@code <lang>.tsv})
 * decided by the policy with an FAQ that finds nothing, so that only the act reading decides, and with the shipped
 * act phrasings embedded by MiniLM (English reads free-form acts by them; other languages by their closed forms only,
 * as the bot). A greeting, thanks or goodbye must get a polite reply; a bot question the bot's answer about itself; a
 * request for a person a ticket the customer asked for; "that didn't help" and "no" (after an answer) never a thanks,
 * greeting or the FAQ answer; "say that again" (after an answer) the answer again; "start over" the reset; other acts
 * their own reply; a {@code question} no act reply and no request for a person.
 * Not a test: run it by hand (docs/language.md, "Acts in regional wording"):
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.dialogue.HeldOutActsReport \
 *     DIR [MISSES_FILE]</pre>
 */
public final class HeldOutActsReport {

    private static final Set<Act> POLITE = Set.of(Act.GREETING, Act.THANKS, Act.BYE);
    private static final String QUESTION = "Wo ist meine Bestellung?";

    private HeldOutActsReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        PrintStream misses = args.length > 1 ? new PrintStream(Files.newOutputStream(Path.of(args[1])), true,
                StandardCharsets.UTF_8) : new PrintStream(java.io.OutputStream.nullOutputStream());
        Embedder embedder = Embedder.load(EmbeddingModelChoice.FULL);
        ActIndex phrasings = ActPhrasings.index(embedder, embedder::embed, "", embedder::embedAll);
        int allRight = 0;
        int all = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                Map<String, int[]> byLabel = new TreeMap<>();
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    String[] cols = line.split("\t");
                    if (cols.length < 3) {
                        continue;
                    }
                    boolean ok = right(cols[0], cols[1], cols[2].strip(), phrasings);
                    int[] n = byLabel.computeIfAbsent(cols[2].strip(), k -> new int[2]);
                    n[0] += ok ? 1 : 0;
                    n[1]++;
                    if (!ok) {
                        misses.println(file.getFileName() + "\t" + line);
                    }
                }
                int right = byLabel.values().stream().mapToInt(n -> n[0]).sum();
                int total = byLabel.values().stream().mapToInt(n -> n[1]).sum();
                allRight += right;
                all += total;
                StringBuilder row = new StringBuilder(file.getFileName() + "\t" + right + "/" + total);
                byLabel.forEach((label, n) -> row.append("\t").append(label).append(" ").append(n[0]).append("/")
                        .append(n[1]));
                System.out.println(row);
            }
        }
        System.out.println("all\t" + allRight + "/" + all);
    }

    static boolean right(String tag, String text, String expected, ActIndex phrasings) {
        Locale lang = Locale.forLanguageTag(tag);
        FakeSearch search = new FakeSearch();
        search.acts = phrasings;
        search.confident(Cleanup.forLookup(QUESTION, lang), FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        boolean after = expected.equals("not_helped") || expected.equals("no") || expected.equals("repeat");
        if (after) {
            flow.says(QUESTION);
        }
        Action main = flow.says(text).main();
        return switch (expected) {
            case "greeting", "thanks", "bye" -> main instanceof Action.ActReply r && POLITE.contains(r.act());
            case "bot" -> main instanceof Action.ActReply r && r.act() == Act.BOT;
            case "person" -> main instanceof Action.Handoff h && HandoffReasons.CUSTOMER_ASKED.equals(h.reason());
            case "not_helped", "no" -> !(main instanceof Action.FaqAnswer)
                    && !(main instanceof Action.ActReply r && POLITE.contains(r.act()))
                    && !(main instanceof Action.Handoff h && HandoffReasons.NO_ANSWER.equals(h.reason()));
            case "repeat" -> main instanceof Action.Repeat;
            case "start_over" -> main instanceof Action.StartOver || main instanceof Action.Fixed f
                    && f.intent() == Intent.RESET;
            case "question" -> !(main instanceof Action.ActReply)
                    && !(main instanceof Action.Handoff h && HandoffReasons.CUSTOMER_ASKED.equals(h.reason()));
            default -> main instanceof Action.ActReply r && r.act().label().equals(expected)
                    || Acts.read(text, lang).onlyAct() && Acts.read(text, lang).act().get().label().equals(expected)
                    && !(main instanceof Action.Handoff);
        };
    }
}
