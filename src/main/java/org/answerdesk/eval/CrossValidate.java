package org.answerdesk.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;

/**
 * {@code cv [--data DIR] [--regimes a,b,...] [--folds N] [--threshold X] [--embedding-cache DIR] [--model ...]
 * [--adapt [--adapt-...]]}: runs the bot's retriever over every fold of the cross-validation regimes
 * ({@link Regimes}), with {@code --adapt} on the model adapted to each fold's FAQ as the bot adapts it, and prints,
 * per regime,
 * the mean ± standard deviation over the folds of top-1, precision of answers, in-scope accuracy and out-of-scope
 * recall at the threshold, then the same means over a range of thresholds, then the simulated customer's dialogue
 * ({@link Dialogue}) at the threshold and {@code --clarify-threshold} with up to {@code --max-choices} choices and by
 * clarify threshold; with {@code --learn} the mean learning curve of {@link LearningReplay} (with {@code --adapt}, the
 * model adapted again as phrasings are learned).
 * With {@code --embedding-cache} a second
 * run only rebuilds the indexes (seconds to a minute): the loop to tune the retriever in.
 */
final class CrossValidate {

    static final double[] THRESHOLDS = {0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65,
        0.7, 0.75, 0.8};

    private CrossValidate() {
    }

    /**
     * Runs the named regimes' folds; {@code o} is the {@code eval} options the folds are asked with (its files unused).
     */
    static void run(EvalCommand.Options o, Regimes regimes, List<String> names, PrintStream out) throws IOException {
        List<Regimes.Regime> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.add(regimes.build(name.strip()));
        }
        Embedder embedder = o.embedder();
        VectorCache vectors = new VectorCache(embedder, o.embeddingCache());
        if (!o.adapt()) {
            embedAll(chosen, vectors);
        }
        out.printf(Locale.ROOT, "model %s%s, threshold %.3f, mean ± sd over folds (in percent)%n",
                embedder.modelName(), o.adapt() ? " adapted to each fold's FAQ" : "", o.threshold());
        out.printf("%-12s %5s %14s %14s %14s %14s %7s%n", "regime", "folds", "top-1", "precision", "in-scope",
                "oos recall", "seconds");
        Map<String, List<List<Outcome>>> all = new java.util.LinkedHashMap<>();
        Map<String, List<LearningReplay.Result>> learning = new java.util.LinkedHashMap<>();
        Map<String, List<OffTopicSplit>> offTopic = new java.util.LinkedHashMap<>();
        for (Regimes.Regime r : chosen) {
            long start = System.nanoTime();
            List<List<Outcome>> perFold = new ArrayList<>();
            for (Regimes.Fold f : r.folds()) {
                perFold.add(o.adapt() ? adapted(f, o, embedder, vectors) : QueryOutcomes.outcomes(f.faq(), f.queries(), vectors,
                        embedder, o.threshold(), false, o.maxChoices(), o.offTopic()));
            }
            all.put(r.name(), perFold);
            offTopic.put(r.name(), java.util.stream.IntStream.range(0, perFold.size()).mapToObj(i -> OffTopicSplit.of(
                    r.folds().get(i).queries(), perFold.get(i), o.threshold(), o.clarifyThreshold())).toList());
            if (o.learn()) {
                List<LearningReplay.Result> replays = new ArrayList<>();
                for (Regimes.Fold f : r.folds()) {
                    replays.add(o.adapt() ? LearningReplay.adapting(f.faq(), f.queries(), embedder, vectors, o)
                            : LearningReplay.frozen(f.faq(), f.queries(), vectors, embedder, o));
                }
                learning.put(r.name(), replays);
            }
            List<Metrics.AtThreshold> at = perFold.stream().map(x -> Metrics.at(x, o.threshold())).toList();
            out.printf("%-12s %5d %14s %14s %14s %14s %7.1f%n", r.name(), perFold.size(),
                    stat(perFold.stream().map(Metrics::of).toList(), Metrics::top1),
                    stat(at, Metrics.AtThreshold::answeredPrecision), stat(at, Metrics.AtThreshold::inScopeAccuracy),
                    stat(at, Metrics.AtThreshold::oosRecall), (System.nanoTime() - start) / 1e9);
        }
        out.printf("%nmeans over folds by threshold: precision / in-scope accuracy / oos recall%n%-9s", "threshold");
        all.keySet().forEach(name -> out.printf(" %20s", name));
        out.println();
        for (double t : THRESHOLDS) {
            out.printf(Locale.ROOT, "%-9.3f", t);
            for (List<List<Outcome>> perFold : all.values()) {
                List<Metrics.AtThreshold> at = perFold.stream().map(x -> Metrics.at(x, t)).toList();
                out.printf(" %20s", String.format(Locale.ROOT, "%.1f/%.1f/%.1f",
                        mean(at, Metrics.AtThreshold::answeredPrecision), mean(at, Metrics.AtThreshold::inScopeAccuracy),
                        mean(at, Metrics.AtThreshold::oosRecall)));
            }
            out.println();
        }
        dialogues(all, o, out);
        OffTopicSplit.print(offTopic, out);
        if (!learning.isEmpty()) {
            out.printf("%nlearning replay (%s): mean over folds of the in-scope direct rate by fifth of the "
                    + "stream; phrasings learned; direct precision and out-of-scope questions answered over the "
                    + "stream%n", !o.adapt() ? "frozen model" : o.adaptOnLearned()
                    ? "adapted at the start and again at each fifth" : "adapted at the start only");
            learning.forEach((name, replays) -> {
                StringBuilder curve = new StringBuilder();
                for (int part = 0; part < LearningReplay.PARTS; part++) {
                    int p = part;
                    curve.append(String.format(Locale.ROOT, " %5.1f", mean(replays, x -> x.curve().get(p))));
                }
                out.printf(Locale.ROOT, "%-12s%s  %6.1f  %5.1f  %5.1f%n", name, curve,
                        replays.stream().mapToInt(LearningReplay.Result::learned).average().orElse(0),
                        mean(replays, x -> x.overall().directPrecision()),
                        mean(replays, x -> x.overall().oosWrongAnswerRate()));
            });
        }
    }

    static final double[] CLARIFY_THRESHOLDS = {0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6};

    /** The simulated customer's dialogue: means over folds at the settings, then by clarify threshold. */
    private static void dialogues(Map<String, List<List<Outcome>>> all, EvalCommand.Options o, PrintStream out) {
        out.printf(Locale.ROOT, "%nsimulated customer at threshold %.3f, clarify threshold %.3f, up to %d choices, "
                + "mean ± sd over folds (in percent; clicks per self-served question)%n", o.threshold(),
                o.clarifyThreshold(), o.maxChoices());
        out.printf("%-12s %12s %12s %12s %12s %12s %12s %12s%n", "regime", "self-serve", "direct prec",
                "in-scope dir", "clarify", "oos answered", "oos clarify", "clicks");
        all.forEach((name, perFold) -> {
            List<Dialogue> d = perFold.stream().map(x -> Dialogue.of(x, o.threshold(), o.clarifyThreshold())).toList();
            out.printf("%-12s %12s %12s %12s %12s %12s %12s %12s%n", name, stat(d, Dialogue::selfServiceRate),
                    stat(d, Dialogue::directPrecision), stat(d, Dialogue::inScopeDirectRate),
                    stat(d, Dialogue::clarifyRate), stat(d, Dialogue::oosWrongAnswerRate),
                    stat(d, Dialogue::oosClarifyRate), String.format(Locale.ROOT, "%.2f",
                            mean(d, Dialogue::meanClicks) / 100));
        });
        out.printf("%nmeans over folds by clarify threshold: self-service / oos clarify / clarify%n%-9s", "clarify");
        all.keySet().forEach(name -> out.printf(" %20s", name));
        out.println();
        for (double c : CLARIFY_THRESHOLDS) {
            out.printf(Locale.ROOT, "%-9.3f", c);
            for (List<List<Outcome>> perFold : all.values()) {
                List<Dialogue> d = perFold.stream().map(x -> Dialogue.of(x, o.threshold(), c)).toList();
                out.printf(" %20s", String.format(Locale.ROOT, "%.1f/%.1f/%.1f", mean(d, Dialogue::selfServiceRate),
                        mean(d, Dialogue::oosClarifyRate), mean(d, Dialogue::clarifyRate)));
            }
            out.println();
        }
        out.printf(Locale.ROOT, "%nmeans over folds by clarify floor (best cosine) at clarify threshold %.3f: "
                + "self-service / oos clarify / clarify%n%-9s", o.clarifyThreshold(), "floor");
        all.keySet().forEach(name -> out.printf(" %20s", name));
        out.println();
        for (double floor : CLARIFY_FLOORS) {
            out.printf(Locale.ROOT, "%-9.3f", floor);
            for (List<List<Outcome>> perFold : all.values()) {
                List<Dialogue> d = perFold.stream().map(x -> Dialogue.of(x, o.threshold(), o.clarifyThreshold(),
                        floor)).toList();
                out.printf(" %20s", String.format(Locale.ROOT, "%.1f/%.1f/%.1f", mean(d, Dialogue::selfServiceRate),
                        mean(d, Dialogue::oosClarifyRate), mean(d, Dialogue::clarifyRate)));
            }
            out.println();
        }
        gateTable(all, o, out);
    }

    /**
     * The cv table by choice gate: a choice is shown only where it shares a content term with the question or its
     * cosine reaches the gate ({@link ChoiceFit}), at the clarify threshold and lower ones (the gate takes back what a
     * lower threshold adds).
     */
    private static void gateTable(Map<String, List<List<Outcome>>> all, EvalCommand.Options o, PrintStream out) {
        for (double clarify : new double[] {0.1, 0.15, 0.2, o.clarifyThreshold()}) {
            out.printf(Locale.ROOT, "%nmeans over folds by choice gate (shares a term, or cosine >= gate), "
                    + "clarify threshold %.3f: self-service / oos clarify / clarify%n%-9s", clarify, "gate");
            all.keySet().forEach(name -> out.printf(" %20s", name));
            out.println();
            for (double gate : CHOICE_GATES) {
                out.printf(Locale.ROOT, "%-9.3f", gate);
                for (List<List<Outcome>> perFold : all.values()) {
                    List<Dialogue> d = perFold.stream().map(x -> Dialogue.of(x, o.threshold(), clarify, 0, gate))
                            .toList();
                    out.printf(" %20s", String.format(Locale.ROOT, "%.1f/%.1f/%.1f", mean(d,
                            Dialogue::selfServiceRate), mean(d, Dialogue::oosClarifyRate), mean(d, Dialogue::clarifyRate)));
                }
                out.println();
            }
        }
    }

    /** Choice gates in the table: -2 keeps every choice, 2 keeps only those sharing a term. */
    static final double[] CHOICE_GATES = {Dialogue.NO_GATE, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 2};

    static final double[] CLARIFY_FLOORS = {0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};

    /**
     * The fold's questions asked of the model adapted to its FAQ (trained, or loaded from the cache's models), or of
     * the configured model when the adapted one fails the off-topic serve check and {@code --adapt-refuse-off-topic}
     * is set (as the bot with {@code answerdesk.faq.adapt-refuse-off-topic}).
     */
    private static List<Outcome> adapted(Regimes.Fold f, EvalCommand.Options o, Embedder base, VectorCache frozen)
            throws IOException {
        Embedder adapted = EvalCommand.adapted(f.faq(), o, o.baseModel(base));
        try {
            return QueryOutcomes.adaptedOutcomes(f.faq(), f.queries(), o, base, frozen, adapted);
        } finally {
            adapted.release();
        }
    }

    /** Embeds every text of every fold once, in batches (and into the cache file when there is one). */
    private static void embedAll(List<Regimes.Regime> regimes, VectorCache vectors) throws IOException {
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        for (Regimes.Regime r : regimes) {
            for (Regimes.Fold f : r.folds()) {
                f.faq().entries().stream().map(FaqEntry::phrasings).forEach(texts::addAll);
                f.queries().forEach(q -> texts.add(q.text()));
            }
        }
        texts.addAll(org.answerdesk.retrieval.Backgrounds.shippedForIndex());
        texts.addAll(org.answerdesk.retrieval.Backgrounds.shippedCheck());
        vectors.vectors(new ArrayList<>(texts));
    }

    static <T> String stat(List<T> xs, ToDoubleFunction<T> f) {
        double m = mean(xs, f);
        double ss = 0;
        int n = 0;
        for (T x : xs) {
            double d = f.applyAsDouble(x);
            if (!Double.isNaN(d)) {
                ss += (100 * d - m) * (100 * d - m);
                n++;
            }
        }
        return n < 2 ? String.format(Locale.ROOT, "%.1f", m)
                : String.format(Locale.ROOT, "%.1f ± %.1f", m, Math.sqrt(ss / (n - 1)));
    }

    private static <T> double mean(List<T> xs, ToDoubleFunction<T> f) {
        return 100 * xs.stream().mapToDouble(f).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
    }
}
