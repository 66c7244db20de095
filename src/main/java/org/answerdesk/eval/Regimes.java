package org.answerdesk.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The cross-validation regimes of the {@code cv} command, built in memory from the public data sets (seed 42), so
 * every number of the README's retrieval tables is one command. Each regime is a list of folds; every fold is an
 * FAQ and the questions asked of it, with the right entry's label or none (out of scope).
 */
final class Regimes {

    /** One FAQ and its queries. */
    record Fold(FaqFile faq, List<LabeledText> queries) {

        /** The queries as the bot reads a message ({@link BotReading}), as {@code eval} reads them. */
        Fold {
            queries = BotReading.asLookedUp(queries);
        }
    }

    /** A named list of folds. */
    record Regime(String name, String description, List<Fold> folds) {
    }

    static final List<String> NAMES = List.of("b77-10shot", "hwu-5shot", "multi-5shot", "b77-full", "sample");
    /** Regimes run only when named: a group of related intents held out as the neighbouring business. */
    static final List<String> GROUPS = List.of("b77-groups-short", "b77-groups-random");
    /** Regimes run only when named: a small FAQ of a bank's or a shop's intents, its other intents as the neighbour. */
    static final List<String> SMALL = List.of("b77-18-short", "b77-38-short", "b77-38-random", "bitext-18-short",
            "bitext-18-random");
    /** Multi-domain regime: every {@value #HELD_OUT_CYCLE}th intent is held out in turn (about 14% a fold). */
    static final int HELD_OUT_CYCLE = 7;
    static final int IN_SCOPE_PER_INTENT = 10;
    static final int OUT_OF_SCOPE_PER_INTENT = 20;

    private final Path data;
    private final Path sampleFaq;
    private final Path sampleQueries;
    private final int folds;

    Regimes(Path data, Path sampleFaq, Path sampleQueries, int folds) {
        this.data = data;
        this.sampleFaq = sampleFaq;
        this.sampleQueries = sampleQueries;
        this.folds = folds;
    }

    Regime build(String name) throws IOException {
        if (name.startsWith("shop:")) {
            return shop(Path.of(name.substring("shop:".length())));
        }
        if (SMALL.contains(name)) {
            return small(name);
        }
        return switch (name) {
            case "b77-10shot" -> banking(10, "BANKING77, 10 per intent, + Bitext out-of-scope");
            case "b77-full" -> banking(0, "BANKING77, 4/5 of train.csv, + Bitext out-of-scope");
            case "hwu-5shot" -> hwu();
            case "multi-5shot" -> multiDomain();
            case "sample" -> new Regime(name, "sample FAQ, paraphrases.csv",
                    List.of(new Fold(FaqFile.read(sampleFaq), LabeledCsv.read(sampleQueries))));
            case "b77-groups-short", "b77-groups-random" -> groups(name, name.endsWith("short"));
            default -> throw new IllegalArgumentException("unknown regime " + name + ", one of " + NAMES + ", "
                    + GROUPS + " or " + SMALL);
        };
    }

    /** {@code shop:DIR}: one shop's faq.csv and queries.csv in a directory, in the queries' language, one fold. */
    private Regime shop(Path dir) throws IOException {
        List<LabeledText> queries = LabeledCsv.read(dir.resolve("queries.csv"));
        FaqFile faq = FaqFile.read(dir.resolve("faq.csv")).withLanguage(EvalCommand.mostCommonLanguage(queries));
        return new Regime("shop-" + dir.getFileName(), "a shop's FAQ and questions in " + dir, List.of(new Fold(faq,
                queries)));
    }

    /** As {@code split}'s folds: a fold of train.csv and a fifth of the Bitext questions against the rest. */
    private Regime banking(int shots, String description) throws IOException {
        List<LabeledText> banking = banking77();
        List<LabeledText> oos = bitextOutOfScope();
        List<List<LabeledText>> parts = Splits.folds(banking, Splits.FOLDS, new Random(Splits.SEED));
        List<Fold> out = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<LabeledText> faq = others(parts, k);
            List<LabeledText> queries = new ArrayList<>(parts.get(k));
            queries.addAll(oos.subList(oos.size() * k / Splits.FOLDS, oos.size() * (k + 1) / Splits.FOLDS));
            out.add(new Fold(FaqFile.of(shots > 0 ? Splits.shots(faq, shots, new Random(Splits.SEED + k)) : faq,
                    "banking77"), queries));
        }
        return new Regime(shots > 0 ? "b77-10shot" : "b77-full", description, out);
    }

    /** BANKING77 without a group of related intents, asked that group's and far questions ({@link IntentGroups}). */
    private Regime groups(String name, boolean shortest) throws IOException {
        List<LabeledText> hwu = new ArrayList<>(unlabeled(hwu64()));
        Collections.shuffle(hwu, new Random(Splits.SEED));
        return new Regime(name, "BANKING77, " + IntentGroups.SHOTS + (shortest ? " shortest" : " random")
                + " per intent, a group of related intents held out, + HWU64 and Bitext off-topic",
                IntentGroups.folds(banking77(), List.of(hwu, bitextOutOfScope()), shortest, folds));
    }

    /**
     * A small FAQ ({@link SmallFaqs}), named {@code DATA-ENTRIES-short|random}: BANKING77's intents with HWU64 and
     * Bitext far, or Bitext's (a shop's) with HWU64 and BANKING77 far.
     */
    private Regime small(String name) throws IOException {
        String[] parts = name.split("-");
        int entries = Integer.parseInt(parts[1]);
        boolean shortest = name.endsWith("short");
        boolean shop = parts[0].equals("bitext");
        List<LabeledText> hwu = new ArrayList<>(unlabeled(hwu64()));
        Collections.shuffle(hwu, new Random(Splits.SEED));
        List<LabeledText> other = shop ? new ArrayList<>(unlabeled(banking77())) : bitextOutOfScope();
        if (shop) {
            Collections.shuffle(other, new Random(Splits.SEED));
        }
        return new Regime(name, (shop ? "Bitext" : "BANKING77") + ", " + entries + " intents, " + SmallFaqs.SHOTS
                + (shortest ? " shortest" : " random") + " per intent, + other intents (near), HWU64 and "
                + (shop ? "BANKING77" : "Bitext"),
                SmallFaqs.folds(shop ? LabeledCsv.read(bitextFile()) : banking77(), List.of(hwu, other), entries,
                        shortest, folds));
    }

    /** As {@code split-hwu}: 5 phrasings per HWU64 intent, a fold of HWU64 plus 500 BANKING77 questions asked. */
    private Regime hwu() throws IOException {
        List<LabeledText> banking = new ArrayList<>(banking77());
        Collections.shuffle(banking, new Random(Splits.SEED));
        List<LabeledText> oos = unlabeled(banking.subList(0, Math.min(HwuSplits.OUT_OF_SCOPE, banking.size())));
        List<List<LabeledText>> parts = Splits.folds(hwu64(), Splits.FOLDS, new Random(Splits.SEED));
        List<Fold> out = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<LabeledText> queries = new ArrayList<>(parts.get(k));
            queries.addAll(oos.subList(oos.size() * k / Splits.FOLDS, oos.size() * (k + 1) / Splits.FOLDS));
            out.add(new Fold(FaqFile.of(Splits.shots(others(parts, k), HwuSplits.SHOTS, new Random(Splits.SEED + k)),
                    "hwu64"), queries));
        }
        return new Regime("hwu-5shot", "HWU64, 5 per intent, + BANKING77 out-of-scope", out);
    }

    /**
     * An FAQ of HWU64's and BANKING77's intents together (141), 5 phrasings each; in fold k every intent at a
     * shuffled position i with i mod {@value #HELD_OUT_CYCLE} = k is left out of the FAQ and its questions are the
     * out-of-scope queries: questions in the FAQ's own domains that it has no entry for, as real customers ask.
     */
    private Regime multiDomain() throws IOException {
        List<LabeledText> rows = new ArrayList<>(prefixed(hwu64(), "home: "));
        rows.addAll(prefixed(banking77(), "bank: "));
        List<String> intents = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(LabeledText::label).toList()));
        Collections.shuffle(intents, new Random(Splits.SEED));
        List<List<LabeledText>> parts = Splits.folds(rows, Splits.FOLDS, new Random(Splits.SEED));
        List<Fold> out = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            Set<String> heldOut = new HashSet<>();
            for (int i = k; i < intents.size(); i += HELD_OUT_CYCLE) {
                heldOut.add(intents.get(i));
            }
            List<LabeledText> faq = others(parts, k).stream().filter(r -> !heldOut.contains(r.label())).toList();
            Map<String, Integer> asked = new LinkedHashMap<>();
            List<LabeledText> queries = new ArrayList<>();
            for (LabeledText r : parts.get(k)) {
                boolean out0 = heldOut.contains(r.label());
                int n = asked.merge(r.label(), 1, Integer::sum);
                if (n <= (out0 ? OUT_OF_SCOPE_PER_INTENT : IN_SCOPE_PER_INTENT)) {
                    queries.add(out0 ? new LabeledText(r.text(), "") : r);
                }
            }
            out.add(new Fold(FaqFile.of(Splits.shots(faq, 5, new Random(Splits.SEED + k)), "multi"), queries));
        }
        return new Regime("multi-5shot", "HWU64 + BANKING77 (141 intents), 5 per intent, ~14% of intents held out "
                + "as in-domain out-of-scope", out);
    }

    private List<LabeledText> banking77() throws IOException {
        return LabeledCsv.read(data.resolve("banking77/train.csv"));
    }

    private List<LabeledText> hwu64() throws IOException {
        return LabeledCsv.read(data.resolve("hwu64/train.csv"));
    }

    /** Bitext questions of categories that are not about banking, shuffled as {@code split} does. */
    private List<LabeledText> bitextOutOfScope() throws IOException {
        Path file = bitextFile();
        Map<String, String> categoryOf = LabeledCsv.column(file, "intent", "category");
        List<LabeledText> oos = new ArrayList<>(LabeledCsv.read(file).stream()
                .filter(t -> !Splits.BANKING_LIKE.contains(categoryOf.get(t.label()))).toList());
        Collections.shuffle(oos, new Random(Splits.SEED));
        return unlabeled(oos);
    }

    private Path bitextFile() {
        return data.resolve("bitext/Bitext_Sample_Customer_Support_Training_Dataset_v1_2023-08.csv");
    }

    private static List<LabeledText> others(List<List<LabeledText>> parts, int k) {
        List<LabeledText> out = new ArrayList<>();
        for (int other = 0; other < parts.size(); other++) {
            if (other != k) {
                out.addAll(parts.get(other));
            }
        }
        return out;
    }

    private static List<LabeledText> prefixed(List<LabeledText> rows, String prefix) {
        return rows.stream().map(r -> new LabeledText(r.text(), prefix + r.label())).toList();
    }

    private static List<LabeledText> unlabeled(List<LabeledText> rows) {
        return rows.stream().map(r -> new LabeledText(r.text(), "")).toList();
    }
}
