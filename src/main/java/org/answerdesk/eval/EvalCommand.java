package org.answerdesk.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.answerdesk.retrieval.AdaptedModel;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.adapt.EncoderTraining;

/**
 * {@code eval --faq FAQ.csv --queries QUERIES.csv [--json] [--threshold X] [--target-precision P] [--plot FILE.svg]
 * [--model FULL|QUANTIZED|MODEL.onnx [--pooling MEAN|CLS] [--tokenizer tokenizer.json]] [--embedding-cache DIR]
 * [--adapt [--adapt-pairs-per-phrasing N] [--adapt-epochs N] [--adapt-lr X] [--adapt-batch N] [--adapt-max-pairs N]
 * [--adapt-hard-negatives true|false] [--adapt-max-minutes N]] [--clarify-threshold X] [--max-choices N] [--learn [--learn-agree N] [--learn-similarity X]]}:
 * [--health] builds the bot's own index and retriever from the FAQ file
 * and reports how well it answers the queries. No database, no server. {@code --adapt} first adapts MiniLM to the
 * FAQ as the bot does after an FAQ change (stored under the cache directory by the FAQ's fingerprint). Every query
 * also runs through the clarify decision with a simulated customer ({@link Dialogue}); {@code --learn} replays the
 * queries learning from picks ({@link LearningReplay}).
 */
final class EvalCommand {

    /** Everything one evaluation measured. */
    record Report(int entries, int phrasings, Metrics metrics, Metrics.AtThreshold atThreshold,
                  List<Metrics.AtThreshold> sweep, Double recommended, double targetPrecision, String model,
                  double seconds, Dialogue dialogue, int maxChoices, LearningReplay.Result learning, Acts acts,
                  Map<String, Dialogue> byLanguage) {
    }

    /**
     * The queries the bot reads as acts and answers itself: in their closed forms ("thanks", "hi", "that's not it"),
     * before the FAQ, and said freely ("tell me a joke") where the FAQ is not confident; in scope (a miss for the FAQ)
     * and out of scope (rightly kept from it).
     */
    record Acts(int inScope, int outOfScope) {
    }

    private EvalCommand() {
    }

    static int run(Options o, PrintStream out) throws IOException {
        if (o.health()) {
            return health(o, out);
        }
        Report r = evaluate(o);
        out.println(o.json() ? ReportFormat.json(r) : ReportFormat.text(r));
        if (o.plot() != null) {
            Files.writeString(o.plot(), SvgPlot.render(r.sweep(), r.atThreshold().threshold()));
        }
        return 0;
    }

    static Report evaluate(Options o) throws IOException {
        long start = System.nanoTime();
        List<LabeledText> asked = LabeledCsv.read(o.queries());
        FaqFile faq = FaqFile.read(o.faq()).withLanguage(mostCommonLanguage(asked));
        List<LabeledText> queries = BotReading.asLookedUp(o.wrap() ? BotReading.wrapped(asked, o.learnSeed()) : asked);
        Embedder base = o.embedder();
        Embedder embedder = o.adapt() ? adapted(faq, o, o.baseModel(base)) : base;
        VectorCache baseVectors = new VectorCache(base, o.embeddingCache());
        List<Outcome> outcomes = o.adapt()
                ? QueryOutcomes.adaptedOutcomes(faq, queries, o, base, baseVectors, embedder)
                : QueryOutcomes.outcomes(faq, queries, baseVectors, base, o.threshold(), false, o.maxChoices(),
                        o.offTopic());
        LearningReplay.Result learning = !o.learn() ? null : o.adapt()
                ? LearningReplay.adapting(faq, queries, base, baseVectors, o)
                : LearningReplay.frozen(faq, queries, baseVectors, base, o);
        return new Report(faq.entries().size(), faq.phrasingCount(), Metrics.of(outcomes),
                Metrics.at(outcomes, o.threshold()), Metrics.sweep(outcomes, Metrics.SWEEP),
                Metrics.recommend(outcomes, o.targetPrecision()), o.targetPrecision(), embedder.modelName(),
                (System.nanoTime() - start) / 1e9, Dialogue.of(outcomes, o.threshold(), o.clarifyThreshold()),
                o.maxChoices(), learning, BotReading.acts(asked, outcomes, BotReading.actPhrasings(base),
                o.threshold(), o.clarifyThreshold()), byLanguage(queries, outcomes, o.threshold(), o.clarifyThreshold()));
    }

    /**
     * The language most of the queries are in (English without a {@code language} column): the FAQ's, since a file
     * of one shop's questions is in its language.
     */
    static String mostCommonLanguage(List<LabeledText> queries) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        queries.forEach(q -> counts.merge(q.language(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    }

    /** The simulated customer's figures per language of the queries, when they are in more than one. */
    static Map<String, Dialogue> byLanguage(List<LabeledText> queries, List<Outcome> outcomes, double threshold,
                                           double clarifyThreshold) {
        Map<String, List<Outcome>> grouped = new java.util.TreeMap<>();
        for (int i = 0; i < queries.size(); i++) {
            grouped.computeIfAbsent(queries.get(i).language(), k -> new ArrayList<>()).add(outcomes.get(i));
        }
        Map<String, Dialogue> out = new java.util.LinkedHashMap<>();
        if (grouped.size() > 1) {
            grouped.forEach((language, some) -> out.put(language, Dialogue.of(some, threshold, clarifyThreshold)));
        }
        return out;
    }

    /** {@code --health}: the FAQ health report's cross-validation of the FAQ file alone, and how long it takes. */
    private static int health(Options o, PrintStream out) throws IOException {
        FaqFile faq = FaqFile.read(o.faq());
        Embedder embedder = o.embedder();
        List<FaqIndex.Phrasing> phrasings = BotIndex.phrasings(faq, new VectorCache(embedder, o.embeddingCache()));
        long start = System.nanoTime();
        var result = org.answerdesk.retrieval.FaqCrossValidation.run(embedder.dimensions(), faq.entries(), phrasings);
        var at = result.calibration().at(o.threshold());
        out.printf(Locale.ROOT, "FAQ health of %d phrasings: top-1 %.1f%%, precision %.1f%%, in-scope %.1f%%, "
                + "out-of-scope recall %.1f%% at %.2f; %d trials, %d confused pairs; %.1f s%n", phrasings.size(),
                100 * result.calibration().top1(), 100 * at.precision(), 100 * at.inScopeAccuracy(),
                100 * at.outOfScopeRecall(), o.threshold(), result.calibration().size(), result.confusions().size(),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /**
     * The {@code --model} adapted to the FAQ as the bot adapts it (stored beside the embedding cache, or in a
     * temporary dir).
     */
    static Embedder adapted(FaqFile faq, Options o, org.answerdesk.retrieval.BaseModel base) throws IOException {
        Path root = o.embeddingCache() != null ? o.embeddingCache().resolve("adapted")
                : Files.createTempDirectory("answerdesk-adapted");
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        AdaptedModel model = AdaptedModel.trainOrLoad(root, base, faq.entries(), Map.of(), o.adaptOptions());
        System.err.printf(Locale.ROOT, "adapted model %s (%s) ready in %.1f s, %.1f s CPU (%d phrasings)%n",
                model.fingerprint(), o.adaptOptions().trained(), (System.nanoTime() - start) / 1e9,
                (processCpuNanos() - cpu) / 1e9, faq.phrasingCount());
        return model.embedder();
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }


    /** The command line of {@code eval}, as {@link EvalOptions} parsed and checked it. */
    record Options(Path faq, Path queries, boolean json, double threshold, double targetPrecision, Path plot,
                   String model, String tokenizer, String pooling, Path embeddingCache, boolean health, boolean adapt,
                   EncoderTraining.Options adaptOptions, double clarifyThreshold, int maxChoices, boolean learn,
                   int learnAgreement, double learnSimilarity, boolean adaptOnLearned, long learnSeed, boolean wrap,
                   boolean offTopic, boolean adaptRefuseOffTopic) {

        /** The embedder named by {@code --model} (a shipped MiniLM or an ONNX file), as the bot would load it. */
        Embedder embedder() {
            return Embedder.load(model, tokenizer, pooling);
        }

        /** What {@code --adapt} trains: the {@code --model}, loaded as {@code loaded}. */
        org.answerdesk.retrieval.BaseModel baseModel(Embedder loaded) {
            return org.answerdesk.retrieval.BaseModel.of(model, tokenizer, pooling, loaded).orElseThrow(() ->
                    new IllegalArgumentException("--adapt: the quantized model cannot be trained; use FULL or an "
                            + "ONNX file"));
        }

        /** Parses {@code eval}'s arguments ({@link EvalOptions}); bad usage is an {@link IllegalArgumentException}. */
        static Options parse(List<String> args) {
            return EvalOptions.parse(args);
        }
    }
}
