package org.answerdesk.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.answerdesk.dialogue.Cleanup;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;

/**
 * Where a plan turn's right entry lands in each reading of the message (docs/dialogue.md, angry48): the whole, each
 * sentence ("S|"), each clause of two words or more ("C|") and the whole less its clauses with a digit ("N|"), each
 * looked up alone on the plain model's index of the shop's FAQ; prints C/U/F/-, the confidence and the five closest.
 * Arguments in fours, one turn each: FAQ file, plan file, language, turn ("5.1"). Not a test: a probe.
 */
public final class AngryTrace {
    public static void main(String[] args) throws Exception {
        Embedder base = Embedder.load(System.getProperty("model", "FULL"), null, null);
        VectorCache vectors = new VectorCache(base, Path.of(System.getProperty("cache", "target/embeddings")));
        for (int a = 0; a + 3 < args.length + 1; a += 4) {
            Path faqFile = Path.of(args[a]);
            String language = args[a + 2];
            String[] turn = args[a + 3].split("\\.");
            FaqFile faq = FaqFile.read(faqFile).withLanguage(language);
            FaqRetriever retriever = BotIndex.atDefaults(base, vectors, faq);
            String msg = null;
            for (String l : Files.readAllLines(Path.of(args[a + 1]))) {
                String[] f = l.split("\t");
                if (f.length > 2 && f[0].equals(turn[0]) && f[1].equals(turn[1])) {
                    msg = f[2];
                }
            }
            Locale loc = Locale.forLanguageTag(language);
            System.out.println("=== " + args[a] + " " + args[a + 3] + ": " + msg);
            List<String> readings = new ArrayList<>();
            readings.add(msg);
            for (String s : msg.split("(?<=[.!?])\\s+|[!?]{2,}")) {
                if (!s.isBlank() && !readings.contains(s.strip())) readings.add("S| " + s.strip());
            }
            for (String s : msg.split("[,.;:!?\\n]+")) {
                if (s.strip().split("\\s+").length >= 2) readings.add("C| " + s.strip());
            }
            StringBuilder nonum = new StringBuilder();
            for (String s : msg.split("(?<=[,.;:!?\\n])")) {
                if (!s.matches("(?s).*\\d.*")) nonum.append(s);
            }
            if (nonum.toString().strip().split("\\s+").length >= 3 && !nonum.toString().strip().equals(msg.strip())) readings.add("N| " + nonum.toString().strip());
            for (String r : readings) {
                String text = r.startsWith("S| ") || r.startsWith("C| ") || r.startsWith("N| ") ? r.substring(3) : r;
                Retrieval x = retriever.retrieve(Cleanup.forLookup(text.toLowerCase(Locale.ROOT), loc));
                System.out.printf(Locale.ROOT, "  %s %s%.2f [%s]%n", r.substring(0, Math.min(r.length(), 90)),
                        x.confident() ? "C " : x.clarify() ? "U " : x.far() ? "F " : "- ", x.confidence(),
                        String.join(", ", x.matches().stream().limit(5).map(m -> String.format(Locale.ROOT,
                                "%d:%s(%.2f)", m.entryId(), m.question().substring(0, Math.min(40, m.question().length())), m.score())).toList()));
            }
        }
    }
}
