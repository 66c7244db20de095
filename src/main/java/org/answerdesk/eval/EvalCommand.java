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
import org.answerdesk.retrieval.Retrieval;
import org.answerdesk.retrieval.adapt.EncoderAdapter;

/**
 * {@code eval --faq FAQ.csv --queries QUERIES.csv [--json] [--threshold X] [--target-precision P] [--plot FILE.svg]
 * [--model FULL|QUANTIZED|MODEL.onnx [--pooling MEAN|CLS] [--tokenizer tokenizer.json]] [--embedding-cache DIR]
 * [--adapt [--adapt-pairs-per-phrasing N] [--adapt-epochs N] [--adapt-lr X] [--adapt-batch N] [--adapt-max-pairs N]
 * [--adapt-hard-negatives true|false] [--adapt-max-minutes N]] [--clarify-threshold X] [--max-choices N] [--learn [--learn-agree N]]}:
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
                  double seconds, Dialogue dialogue, int maxChoices, LearningReplay.Result learning) {
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
        FaqFile faq = FaqFile.read(o.faq());
        List<LabeledText> queries = LabeledCsv.read(o.queries());
        Embedder embedder = o.embedder();
        if (o.adapt()) {
            embedder = adapted(faq, o, o.baseModel(embedder));
        }
        VectorCache vectors = new VectorCache(embedder, o.embeddingCache());
        List<Outcome> outcomes = outcomes(faq, queries, vectors, embedder, o.threshold(), o.adapt(), o.maxChoices());
        LearningReplay.Result learning = o.learn() ? LearningReplay.run(faq, queries, vectors, embedder, o) : null;
        return new Report(faq.entries().size(), faq.phrasingCount(), Metrics.of(outcomes),
                Metrics.at(outcomes, o.threshold()), Metrics.sweep(outcomes, Metrics.SWEEP),
                Metrics.recommend(outcomes, o.targetPrecision()), o.targetPrecision(), embedder.modelName(),
                (System.nanoTime() - start) / 1e9, Dialogue.of(outcomes, o.threshold(), o.clarifyThreshold()),
                o.maxChoices(), learning);
    }

    /** Builds the bot's index and retriever from the FAQ and asks it every query. */
    static List<Outcome> outcomes(FaqFile faq, List<LabeledText> queries, VectorCache vectors, Embedder embedder,
                                  double threshold) throws IOException {
        return outcomes(faq, queries, vectors, embedder, threshold, false, FaqRetriever.DEFAULT_MAX_CHOICES);
    }

    /**
     * @param adapted    the embedder is MiniLM adapted to this FAQ: the index is built as the bot builds it then
     * @param maxChoices how many entries a clarification offers at most
     */
    static List<Outcome> outcomes(FaqFile faq, List<LabeledText> queries, VectorCache vectors, Embedder embedder,
                                  double threshold, boolean adapted, int maxChoices) throws IOException {
        FaqRetriever retriever = retriever(embedder, threshold, maxChoices);
        retriever.replaceIndex(index(faq, phrasings(faq, vectors), embedder.dimensions(), adapted));
        List<Long> expected = expectedEntries(faq, queries);
        List<float[]> qv = vectors.vectors(queries.stream().map(LabeledText::text).toList());
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            outcomes.add(outcome(retriever, queries.get(i).text(), qv.get(i), expected.get(i)));
        }
        return outcomes;
    }

    /** A retriever with the bot's settings but the threshold and number of choices given (clarifying at any estimate). */
    static FaqRetriever retriever(Embedder embedder, double threshold, int maxChoices) {
        return new FaqRetriever(embedder, threshold, SUGGESTIONS, 0, 0, maxChoices);
    }

    /** The index as the bot builds it from these phrasings (adapted: fitted on the phrasings not trained on). */
    static FaqIndex index(FaqFile faq, List<FaqIndex.Phrasing> phrasings, int dimensions, boolean adapted) {
        var builder = FaqIndex.over(dimensions, faq.entries(), phrasings);
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
        return new Outcome(expected != null, rankOf(r.matches(), expected), r.confidence(), inTopK, offered);
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
        return index(faq, phrasings(faq, vectors), dimensions, false);
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

    /** The command line of {@code eval}. */
    record Options(Path faq, Path queries, boolean json, double threshold, double targetPrecision, Path plot,
                   String model, String tokenizer, String pooling, Path embeddingCache, boolean health, boolean adapt,
                   EncoderAdapter.Options adaptOptions, double clarifyThreshold, int maxChoices, boolean learn,
                   int learnAgreement) {

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

        static Options parse(List<String> args) {
            Map<String, String> values = new HashMap<>();
            boolean json = false;
            boolean health = false;
            boolean adapt = false;
            boolean learn = false;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--json")) {
                    json = true;
                } else if (a.equals("--health")) {
                    health = true;
                } else if (a.equals("--adapt")) {
                    adapt = true;
                } else if (a.equals("--learn")) {
                    learn = true;
                } else if ((List.of("--faq", "--queries", "--threshold", "--target-precision", "--plot", "--model",
                        "--embedding-cache", "--pooling", "--tokenizer", "--clarify-threshold", "--max-choices", "--learn-agree").contains(a) || a.startsWith("--adapt-"))
                        && i + 1 < args.size()) {
                    values.put(a, args.get(++i));
                } else {
                    throw new IllegalArgumentException("unknown or incomplete option: " + a);
                }
            }
            if (health && values.containsKey("--faq") && !values.containsKey("--queries")) {
                values.put("--queries", values.get("--faq"));
            }
            if (!values.containsKey("--faq") || !values.containsKey("--queries")) {
                throw new IllegalArgumentException("--faq FAQ.csv and --queries QUERIES.csv are required");
            }
            double threshold = number(values.getOrDefault("--threshold", defaultThreshold()), "--threshold");
            double target = number(values.getOrDefault("--target-precision", "0.95"), "--target-precision");
            double clarify = number(values.getOrDefault("--clarify-threshold", defaultClarifyThreshold()),
                    "--clarify-threshold");
            double choices = number(values.getOrDefault("--max-choices", defaultMaxChoices()), "--max-choices");
            if (choices != Math.rint(choices) || choices < 1 || choices > 5) {
                throw new IllegalArgumentException("--max-choices must be a whole number from 1 to 5, got " + choices);
            }
            return new Options(Path.of(values.get("--faq")), Path.of(values.get("--queries")), json, threshold, target,
                    values.containsKey("--plot") ? Path.of(values.get("--plot")) : null,
                    values.getOrDefault("--model", System.getenv().getOrDefault("ANSWERDESK_FAQ_MODEL", "FULL")),
                    values.getOrDefault("--tokenizer", System.getenv().getOrDefault("ANSWERDESK_FAQ_TOKENIZER", "")),
                    values.getOrDefault("--pooling", System.getenv().getOrDefault("ANSWERDESK_FAQ_POOLING", "MEAN")),
                    values.containsKey("--embedding-cache") ? Path.of(values.get("--embedding-cache")) : null, health, adapt,
                    adaptOptions(values), clarify, (int) choices, learn, agreement(values));
        }

        /** The product's adaptation defaults with the {@code --adapt-*} options given; 30 minutes at most. */
        private static EncoderAdapter.Options adaptOptions(Map<String, String> values) {
            EncoderAdapter.Options d = EncoderAdapter.Options.defaults();
            for (String key : values.keySet()) {
                if (key.startsWith("--adapt-") && !List.of("--adapt-pairs-per-phrasing", "--adapt-epochs",
                        "--adapt-lr", "--adapt-batch", "--adapt-max-pairs", "--adapt-max-minutes",
                        "--adapt-hard-negatives").contains(key)) {
                    throw new IllegalArgumentException("unknown option: " + key);
                }
            }
            return new EncoderAdapter.Options(
                    (int) adapt(values, "--adapt-pairs-per-phrasing", d.pairsPerPhrasing()),
                    (int) adapt(values, "--adapt-epochs", d.epochs()),
                    (int) adapt(values, "--adapt-max-pairs", d.maxPairs()),
                    (int) adapt(values, "--adapt-batch", d.batchSize()),
                    adapt(values, "--adapt-lr", d.learningRate()),
                    Boolean.parseBoolean(values.getOrDefault("--adapt-hard-negatives", "" + d.hardNegatives())),
                    d.seed(),
                    java.time.Duration.ofSeconds((long) (60 * adapt(values, "--adapt-max-minutes", 30))));
        }

        private static double adapt(Map<String, String> values, String option, double defaultValue) {
            return values.containsKey(option) ? number(values.get(option), option) : defaultValue;
        }

        /** The bot's own default: {@code ANSWERDESK_FAQ_THRESHOLD} if set, else the built-in default. */
        static String defaultThreshold() {
            String env = System.getenv("ANSWERDESK_FAQ_THRESHOLD");
            return env == null || env.isBlank() ? FaqRetriever.DEFAULT_THRESHOLD : env;
        }

        /** {@code --learn-agree N}: how many distinct near-identical questions must pick an entry (default 2). */
        private static int agreement(Map<String, String> values) {
            double n = number(values.getOrDefault("--learn-agree", "2"), "--learn-agree");
            if (n != Math.rint(n) || n < 1 || n > 10) {
                throw new IllegalArgumentException("--learn-agree must be a whole number from 1 to 10, got " + n);
            }
            return (int) n;
        }

        /** The bot's own: {@code ANSWERDESK_FAQ_CLARIFYTHRESHOLD} if set, else the built-in default. */
        static String defaultClarifyThreshold() {
            String env = System.getenv("ANSWERDESK_FAQ_CLARIFYTHRESHOLD");
            return env == null || env.isBlank() ? FaqRetriever.DEFAULT_CLARIFY_THRESHOLD : env;
        }

        /** The bot's own: {@code ANSWERDESK_FAQ_MAXCHOICES} if set, else the built-in default. */
        static String defaultMaxChoices() {
            String env = System.getenv("ANSWERDESK_FAQ_MAXCHOICES");
            return env == null || env.isBlank() ? "" + FaqRetriever.DEFAULT_MAX_CHOICES : env;
        }

        private static double number(String s, String option) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, got '" + s + "'");
            }
        }
    }
}
