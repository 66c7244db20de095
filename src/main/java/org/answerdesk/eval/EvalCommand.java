package org.answerdesk.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.answerdesk.retrieval.AdaptedModel;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.OffTopic;
import org.answerdesk.retrieval.Retrieval;
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

    static final int SUGGESTIONS = 5;

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
        List<Outcome> outcomes = o.adapt() ? adaptedOutcomes(faq, queries, o, base, baseVectors, embedder)
                : outcomes(faq, queries, baseVectors, base, o.threshold(), false, o.maxChoices(), o.offTopic());
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

    /** Builds the bot's index and retriever from the FAQ and asks it every query. */
    static List<Outcome> outcomes(FaqFile faq, List<LabeledText> queries, VectorCache vectors, Embedder embedder,
                                  double threshold) throws IOException {
        return outcomes(faq, queries, vectors, embedder, threshold, false, FaqRetriever.DEFAULT_MAX_CHOICES, true);
    }

    /**
     * @param adapted    the embedder is MiniLM adapted to this FAQ: the index is built as the bot builds it then
     * @param maxChoices how many entries a clarification offers at most
     * @param offTopic   whether the index weighs questions against the shipped off-topic questions
     */
    static List<Outcome> outcomes(FaqFile faq, List<LabeledText> queries, VectorCache vectors, Embedder embedder,
                                  double threshold, boolean adapted, int maxChoices, boolean offTopic)
            throws IOException {
        return outcomes(faq, queries, vectors, embedder, threshold, adapted, maxChoices, offTopic, 1, 1);
    }

    /**
     * @param confidenceScale the served index's factor on every confidence ({@link FaqIndex#scaled})
     * @param choiceScale     its factor on every clarify estimate
     */
    private static List<Outcome> outcomes(FaqFile faq, List<LabeledText> queries, VectorCache vectors,
                                          Embedder embedder, double threshold, boolean adapted, int maxChoices,
                                          boolean offTopic, double confidenceScale, double choiceScale)
            throws IOException {
        FaqRetriever retriever = retriever(embedder, threshold, maxChoices);
        retriever.replaceIndex(index(faq, phrasings(faq, vectors), embedder.dimensions(), adapted,
                offTopic ? offTopic(vectors) : OffTopic.NONE).scaled(confidenceScale, choiceScale));
        List<Long> expected = expectedEntries(faq, queries);
        List<float[]> qv = vectors.vectors(queries.stream().map(LabeledText::text).toList());
        ChoiceFit.Terms terms = ChoiceFit.Terms.of(faq);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String text = queries.get(i).text();
            outcomes.add(outcome(retriever, text, qv.get(i), expected.get(i))
                    .with(terms.fit(text, retriever.retrieve(text, qv.get(i)), expected.get(i))));
        }
        return outcomes;
    }

    /** A retriever with the bot's settings but the threshold and number of choices given (clarifying at any estimate). */
    static FaqRetriever retriever(Embedder embedder, double threshold, int maxChoices) {
        return new FaqRetriever(embedder, threshold, SUGGESTIONS, 0, 0, maxChoices);
    }

    /** The index as the bot builds it from these phrasings (adapted: fitted on the phrasings not trained on). */
    static FaqIndex index(FaqFile faq, List<FaqIndex.Phrasing> phrasings, int dimensions, boolean adapted,
                          OffTopic offTopic) {
        var builder = FaqIndex.over(dimensions, faq.entries(), phrasings).offTopic(offTopic).language(faq.language());
        return (adapted ? builder.adapted(AdaptedModel.unseen(faq.entries())) : builder).build();
    }

    /** The entry each query names, null for an out-of-scope query. */
    static List<Long> expectedEntries(FaqFile faq, List<LabeledText> queries) {
        Map<String, Long> entryOf = new HashMap<>();
        faq.entries().forEach(e -> entryOf.put(e.question().strip().toLowerCase(Locale.ROOT), e.id()));
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            LabeledText q = queries.get(i);
            Long expected = null;
            if (!q.outOfScope()) {
                expected = entryOf.get(q.label().toLowerCase(Locale.ROOT));
                if (expected == null) {
                    throw new IllegalArgumentException("query label '" + q.label() + "' (row " + (i + 2)
                            + ") names no FAQ entry; leave it empty, 'oos' or 'none' for out-of-scope queries");
                }
            }
            out.add(expected);
        }
        return out;
    }

    /**
     * One query asked of the retriever: with its clarify threshold at 0, the choices are those the bot offers at any
     * clarify threshold up to the estimate, so one run serves every clarify threshold.
     */
    static Outcome outcome(FaqRetriever retriever, String text, float[] vector, Long expected) {
        Retrieval r = retriever.retrieve(text, vector);
        double inTopK = retriever.ranking(text, vector).inTopK();
        boolean offered = expected != null && r.choices().stream().anyMatch(m -> m.entryId() == expected);
        return new Outcome(expected != null, rankOf(r.matches(), expected), r.confidence(), inTopK, offered,
                r.best().map(FaqMatch::score).orElse(0.0));
    }

    /** {@code --health}: the FAQ health report's cross-validation of the FAQ file alone, and how long it takes. */
    private static int health(Options o, PrintStream out) throws IOException {
        FaqFile faq = FaqFile.read(o.faq());
        Embedder embedder = o.embedder();
        List<FaqIndex.Phrasing> phrasings = phrasings(faq, new VectorCache(embedder, o.embeddingCache()));
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

    /** The index exactly as the bot builds it: every phrasing of every entry with its vector. */
    static FaqIndex index(FaqFile faq, VectorCache vectors, int dimensions) throws IOException {
        return index(faq, phrasings(faq, vectors), dimensions, false, offTopic(vectors));
    }

    /**
     * The bot's serve check of a model adapted to {@code faq} ({@link OffTopic#check}): asked, answered by the
     * configured model's index, answered by the adapted model's.
     */
    static OffTopic.Check serveCheck(FaqFile faq, VectorCache configured, Embedder base, VectorCache adapted,
                            Embedder adaptedModel, double threshold, double clarifyThreshold) throws IOException {
        List<String> check = OffTopic.shippedCheck(List.of(faq.language()));
        FaqIndex before = index(faq, phrasings(faq, configured), base.dimensions(), false, offTopic(configured));
        FaqIndex after = index(faq, phrasings(faq, adapted), adaptedModel.dimensions(), true, offTopic(adapted));
        return OffTopic.check(check, before, configured.vectors(check), after, adapted.vectors(check), threshold,
                clarifyThreshold);
    }

    /**
     * The queries asked of the model adapted to the FAQ as the bot serves it ({@link AdaptedServing}), or, when it is
     * refused, of the configured model in its place ({@code frozen}: the configured model's vectors, read once by the
     * caller).
     */
    static List<Outcome> adaptedOutcomes(FaqFile faq, List<LabeledText> queries, Options o, Embedder base,
                                         VectorCache frozen, Embedder adapted) throws IOException {
        VectorCache vectors = new VectorCache(adapted, o.embeddingCache());
        AdaptedServing serving = AdaptedServing.of(faq, o, base, frozen, adapted, vectors);
        if (serving.refused()) {
            return outcomes(faq, queries, frozen, base, o.threshold(), false, o.maxChoices(), true);
        }
        return outcomes(faq, queries, vectors, adapted, o.threshold(), true, o.maxChoices(), o.offTopic(),
                serving.confidenceScale(), serving.choiceScale());
    }

    /** The shipped off-topic questions embedded as the index's phrasings are ({@link OffTopic#shippedForIndex()}). */
    static OffTopic offTopic(VectorCache vectors) throws IOException {
        return new OffTopic(vectors.vectors(OffTopic.shippedForIndex()), List.of());
    }

    /** Every phrasing of every entry with its vector, embedded in one batch. */
    static List<FaqIndex.Phrasing> phrasings(FaqFile faq, VectorCache vectors) throws IOException {
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (FaqEntry e : faq.entries()) {
            for (String p : e.phrasings()) {
                texts.add(p);
                ids.add(e.id());
            }
        }
        List<float[]> v = vectors.vectors(texts);
        for (int i = 0; i < texts.size(); i++) {
            phrasings.add(new FaqIndex.Phrasing(ids.get(i), texts.get(i), v.get(i)));
        }
        return phrasings;
    }

    private static int rankOf(List<FaqMatch> matches, Long expected) {
        if (expected == null) {
            return 0;
        }
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).entryId() == expected) {
                return i + 1;
            }
        }
        return 0;
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
