package org.answerdesk.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Carves reproducible FAQ / dev / held-out files out of BANKING77's train.csv and the Bitext sample (seed 42).
 * Usage: {@code split BANKING77_TRAIN.csv BITEXT.csv OUT_DIR}. Per intent: 70% FAQ, 15% dev, 15% held-out; the
 * held-out runs use FAQ+dev as the FAQ. Out-of-scope queries are Bitext questions from categories that are not
 * about banking (ACCOUNT, PAYMENT and REFUND are left out), half for dev, half for held-out.
 *
 * <p>It also writes {@value #FOLDS} cross-validation folds over the whole of train.csv ({@code b77-cv<k>-faq.csv},
 * {@code b77-cv<k>-faq-10shot.csv}, {@code b77-cv<k>-queries.csv}): every question is a query exactly once, judged
 * against an FAQ made of the other four fifths, and each fold's queries carry a fifth of the out-of-scope questions.
 * One held-out split of 1,500 questions moves by about a point with the seed; the mean of five folds over 10,003
 * does not.
 */
final class Splits {

    static final long SEED = 42;
    static final int FOLDS = 5;
    static final Set<String> BANKING_LIKE = Set.of("ACCOUNT", "PAYMENT", "REFUND");

    private Splits() {
    }

    static void run(Path bankingTrain, Path bitext, Path out) throws IOException {
        Files.createDirectories(out);
        List<LabeledText> banking = LabeledCsv.read(bankingTrain);
        List<LabeledText> bitextAll = LabeledCsv.read(bitext);
        Map<String, String> categoryOf = LabeledCsv.column(bitext, "intent", "category");

        List<List<LabeledText>> b = stratified(banking, new Random(SEED));
        write(out.resolve("b77-faq.csv"), b.get(0));
        write(out.resolve("b77-dev.csv"), b.get(1));
        write(out.resolve("b77-test.csv"), b.get(2));
        List<LabeledText> faqFull = concat(b.get(0), b.get(1));
        write(out.resolve("b77-faq-full.csv"), faqFull);
        write(out.resolve("b77-faq-10shot.csv"), shots(b.get(0), 10, new Random(SEED)));
        write(out.resolve("b77-faq-full-10shot.csv"), shots(faqFull, 10, new Random(SEED)));

        List<LabeledText> oos = new ArrayList<>(bitextAll.stream()
                .filter(t -> !BANKING_LIKE.contains(categoryOf.get(t.label()))).toList());
        Collections.shuffle(oos, new Random(SEED));
        int half = oos.size() / 2;
        write(out.resolve("b77-dev-oos.csv"), concat(b.get(1), unlabeled(oos.subList(0, half))));
        write(out.resolve("b77-test-oos.csv"), concat(b.get(2), unlabeled(oos.subList(half, oos.size()))));

        writeFolds(out, banking, unlabeled(oos));

        // the reverse: the Bitext intents as the FAQ, BANKING77 held-out questions as out-of-scope queries
        List<List<LabeledText>> x = stratified(bitextAll, new Random(SEED));
        write(out.resolve("bitext-faq.csv"), concat(x.get(0), x.get(1)));
        write(out.resolve("bitext-test-oos.csv"), concat(x.get(2), unlabeled(b.get(2))));
        System.out.printf("wrote splits to %s (banking77: %d faq, %d dev, %d held-out; %d out-of-scope)%n", out,
                b.get(0).size(), b.get(1).size(), b.get(2).size(), oos.size());
    }

    private static void writeFolds(Path out, List<LabeledText> rows, List<LabeledText> outOfScope) throws IOException {
        List<List<LabeledText>> folds = folds(rows, FOLDS, new Random(SEED));
        for (int k = 0; k < FOLDS; k++) {
            List<LabeledText> faq = new ArrayList<>();
            for (int other = 0; other < FOLDS; other++) {
                if (other != k) {
                    faq.addAll(folds.get(other));
                }
            }
            int from = outOfScope.size() * k / FOLDS;
            int to = outOfScope.size() * (k + 1) / FOLDS;
            write(out.resolve("b77-cv" + k + "-faq.csv"), faq);
            write(out.resolve("b77-cv" + k + "-faq-10shot.csv"), shots(faq, 10, new Random(SEED + k)));
            write(out.resolve("b77-cv" + k + "-queries.csv"), concat(folds.get(k), outOfScope.subList(from, to)));
        }
    }

    /** Per label, shuffled and dealt round-robin into {@code count} folds of (nearly) the same size and mix. */
    static List<List<LabeledText>> folds(List<LabeledText> rows, int count, Random random) {
        List<List<LabeledText>> folds = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            folds.add(new ArrayList<>());
        }
        int next = 0;
        for (List<LabeledText> group : byLabel(rows).values()) {
            List<LabeledText> g = new ArrayList<>(group);
            Collections.shuffle(g, random);
            for (LabeledText row : g) {
                folds.get(next++ % count).add(row); // continuing the count keeps small labels spread over folds
            }
        }
        return folds;
    }

    private static Map<String, List<LabeledText>> byLabel(List<LabeledText> rows) {
        Map<String, List<LabeledText>> byLabel = new LinkedHashMap<>();
        rows.forEach(r -> byLabel.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r));
        return byLabel;
    }

    /** Per label, shuffled: 70% / 15% / 15%. */
    static List<List<LabeledText>> stratified(List<LabeledText> rows, Random random) {
        List<List<LabeledText>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (List<LabeledText> group : byLabel(rows).values()) {
            List<LabeledText> g = new ArrayList<>(group);
            Collections.shuffle(g, random);
            int dev = (int) Math.round(g.size() * 0.15);
            int test = (int) Math.round(g.size() * 0.15);
            int train = g.size() - dev - test;
            parts.get(0).addAll(g.subList(0, train));
            parts.get(1).addAll(g.subList(train, train + dev));
            parts.get(2).addAll(g.subList(train + dev, g.size()));
        }
        return parts;
    }

    static List<LabeledText> shots(List<LabeledText> rows, int perLabel, Random random) {
        List<LabeledText> out = new ArrayList<>();
        for (List<LabeledText> group : byLabel(rows).values()) {
            List<LabeledText> g = new ArrayList<>(group);
            Collections.shuffle(g, random);
            out.addAll(g.subList(0, Math.min(perLabel, g.size())));
        }
        return out;
    }

    private static List<LabeledText> unlabeled(List<LabeledText> rows) {
        return rows.stream().map(r -> new LabeledText(r.text(), "")).toList();
    }

    private static List<LabeledText> concat(List<LabeledText> a, List<LabeledText> b) {
        List<LabeledText> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static void write(Path file, List<LabeledText> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("text,label\n");
            for (LabeledText r : rows) {
                w.write(quote(r.text()) + "," + quote(r.label()) + "\n");
            }
        }
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
