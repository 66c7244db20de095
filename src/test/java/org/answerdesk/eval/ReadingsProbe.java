package org.answerdesk.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;

/**
 * Prints a follow-up's readings on a shop's FAQ: alone, with the customer's previous question, with the question of
 * the entry answered last. Input lines (tab-separated): previous question, entry id or -, follow-up. Not a test.
 *
 * <pre>java -cp ... org.answerdesk.eval.ReadingsProbe faq.csv lang cases.tsv</pre>
 */
public final class ReadingsProbe {
    public static void main(String[] args) throws Exception {
        FaqFile faq = FaqFile.read(Path.of(args[0])).withLanguage(args[1]);
        Embedder base = Embedder.load("FULL", null, null);
        VectorCache vectors = new VectorCache(base, Path.of("target/embeddings"));
        FaqRetriever r = BotIndex.atDefaults(base, vectors, faq);
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            String entryQ = f[1].equals("-") ? null : faq.entries().stream()
                    .filter(e -> e.id() == Long.parseLong(f[1])).map(e -> e.question()).findFirst().orElse(null);
            System.out.println("== " + f[2]);
            show("alone", r.retrieve(f[2]));
            show("+prevQ", r.retrieve(f[0] + " " + f[2]));
            if (entryQ != null) {
                show("+entryQ", r.retrieve(entryQ + " " + f[2]));
            }
        }
    }

    private static void show(String name, Retrieval r) {
        System.out.println(String.format(Locale.ROOT, "  %-8s %s%.2f %s", name, r.confident() ? "C " : r.clarify()
                ? "U " : "- ", r.confidence(), r.matches().stream().map(m -> m.entryId() + ":" + m.question()
                .substring(0, Math.min(28, m.question().length())) + String.format(Locale.ROOT, "(%.2f)", m.score()))
                .toList()));
    }
}
