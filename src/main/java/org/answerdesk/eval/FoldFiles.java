package org.answerdesk.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.answerdesk.retrieval.FaqEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code cv --write-folds DIR}: each fold of the chosen regimes as the two files {@code eval} and the bot read, so
 * that a fold can be asked of the running bot end to end ({@code FaqBenchmark}) and of {@code eval} alike:
 * {@code DIR/<regime>-<k>/faq.csv} in the import format (an entry's first phrasing is its question, its answer
 * names the entry) and {@code queries.csv} ({@code text,label}: the right entry's question, empty for an off-topic
 * question, {@code near} for one of the neighbouring business). The queries are written as the bot looks them up,
 * as {@code cv} asks them; a {@code |} in a phrasing (the import format's separator) is written as {@code /}.
 */
final class FoldFiles {

    private FoldFiles() {
    }

    static void write(Regimes.Regime regime, Path dir) throws IOException {
        for (int k = 0; k < regime.folds().size(); k++) {
            Path out = Files.createDirectories(dir.resolve(regime.name() + "-" + k));
            Regimes.Fold fold = regime.folds().get(k);
            Map<String, String> questionOf = new HashMap<>();
            try (Writer w = Files.newBufferedWriter(out.resolve("faq.csv"), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
                csv.printRecord("question", "answer", "category", "keywords", "phrasings");
                for (FaqEntry e : fold.faq().entries()) {
                    // the import format separates phrasings by '|' and has no escape for it
                    List<String> phrasings = e.phrasings().stream().map(p -> p.replace('|', '/')).toList();
                    questionOf.put(e.question(), phrasings.get(0));
                    csv.printRecord(phrasings.get(0), "This is the answer of " + e.question() + ".", "", "",
                            String.join("|", phrasings.subList(1, phrasings.size())));
                }
            }
            try (Writer w = Files.newBufferedWriter(out.resolve("queries.csv"), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
                csv.printRecord("text", "label");
                for (LabeledText q : fold.queries()) {
                    csv.printRecord(q.text(), q.outOfScope() ? (q.near() ? LabeledText.NEAR : "")
                            : questionOf.get(q.label()));
                }
            }
        }
    }
}
