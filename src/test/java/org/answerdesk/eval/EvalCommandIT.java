package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.answerdesk.WaitLane;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real eval command on the sample FAQ and its paraphrases, with the real MiniLM. The runs with an adapted model
 * come last: their caches start from the shipped model's vectors the runs before stored ({@link #cacheFromShipped}).
 * In the wait lane, which it evens with the other two (docs/benchmarks.md, ci19 and ci40): it starts no app of its own
 * and shares no fake.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WaitLane
class EvalCommandIT {

    /** Part of the sample FAQ and of its paraphrases: its orders, shipping and returns. */
    private static final String SHOP = "src/test/resources/eval/shop/";
    /**
     * Training pairs per adaptation: four, one step (a batch holds one pair per entry, so 16 pairs of the shop's 19
     * entries made two or three steps). What these tests check is which model is asked and when it is adapted again.
     */
    private static final String PAIRS = "4";

    @TempDir
    Path dir;
    /**
     * One embedding cache for the class's runs with MiniLM as shipped ({@code --embedding-cache}): the sample FAQ,
     * its paraphrases and the off-topic background are embedded once, not by each test (the vectors are the model's
     * own, unchanged). The adapted models the learning replay stores are kept apart, in a cache of its own.
     */
    @TempDir
    static Path vectors;

    /**
     * A cache of its own for a run with an adapted model (the adapted models it stores are counted), starting with the
     * shipped model's vectors the class's runs before stored in {@link #vectors}: the sample FAQ, its paraphrases and
     * the off-topic background are not embedded with MiniLM as shipped once more (the vectors are the model's own).
     */
    private Path cacheFromShipped(String name) throws java.io.IOException {
        Path cache = Files.createDirectories(dir.resolve(name));
        try (var files = Files.list(vectors)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".vec")).toList()) {
                Files.copy(f, cache.resolve(f.getFileName()));
            }
        }
        return cache;
    }

    @Test
    void evaluatesTheSampleFaqAndPrintsEveryField() throws Exception {
        Path plot = dir.resolve("plot.svg");
        var buffer = new ByteArrayOutputStream();
        int code = EvalCommand.run(EvalCommand.Options.parse(List.of("--faq", "db/sample-faq.csv", "--queries",
                "src/test/resources/faq/paraphrases.csv", "--json", "--plot", plot.toString(), "--embedding-cache",
                vectors.toString())),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(buffer.toString(StandardCharsets.UTF_8));
        assertThat(json.get("queries").asInt()).isEqualTo(160);
        assertThat(json.get("in_scope_queries").asInt()).isEqualTo(120);
        assertThat(json.get("oos_queries").asInt()).isEqualTo(40);
        assertThat(json.get("faq_entries").asInt()).isEqualTo(40);
        assertThat(json.get("phrasings").asInt()).isEqualTo(601);
        assertThat(json.get("model").asString()).isEqualTo("all-minilm-l6-v2");
        double top1 = json.get("top1_accuracy").asDouble();
        assertThat(json.get("mrr").asDouble()).isBetween(top1, 1.0);
        assertThat(json.get("answered_rate").asDouble()).isBetween(0.2, 1.0);
        assertThat(json.get("in_scope_accuracy_at_threshold").asDouble()).isBetween(0.25, top1);
        assertThat(json.get("recommended_threshold").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("sweep").size()).isGreaterThan(5);
        assertThat(json.get("seconds").asDouble()).isPositive();
        // measured 0.908 / 1.0 / 0.95 / 0.963 at the default threshold; bars leave room for model noise only
        assertThat(json.get("top1_accuracy").asDouble()).isGreaterThanOrEqualTo(0.75);
        assertThat(json.get("hit_at_5").asDouble()).isGreaterThanOrEqualTo(0.93);
        assertThat(json.get("oos_recall").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(json.get("answered_precision").asDouble()).isGreaterThan(0.85);
        assertThat(json.get("threshold").asDouble()).isEqualTo(0.55);
        assertThat(Files.readString(plot)).startsWith("<svg").contains("polyline");
        // the simulated customer at the bot's defaults: a pick adds to what is answered directly
        double direct = json.get("in_scope_direct_rate").asDouble();
        assertThat(direct).isEqualTo(json.get("in_scope_accuracy_at_threshold").asDouble());
        assertThat(json.get("direct_precision").asDouble()).isEqualTo(json.get("answered_precision").asDouble());
        assertThat(json.get("self_service_rate").asDouble()).isGreaterThan(direct + 0.1).isLessThanOrEqualTo(
                json.get("hit_at_5").asDouble());
        assertThat(json.get("clarify_rate").asDouble()).isStrictlyBetween(0.0, 1.0);
        assertThat(json.get("oos_wrong_answer_rate").asDouble()).isCloseTo(1 - json.get("oos_recall").asDouble(),
                org.assertj.core.data.Offset.offset(1e-4));
        assertThat(json.get("oos_clarify_rate").asDouble()).isBetween(0.0, 0.3);
        assertThat(json.get("mean_clicks").asDouble()).isStrictlyBetween(0.0, 1.0);
        assertThat(json.get("clarify_threshold").asDouble()).isEqualTo(
                Double.parseDouble(org.answerdesk.retrieval.FaqRetriever.DEFAULT_CLARIFY_THRESHOLD));
        assertThat(json.get("max_choices").asInt()).isEqualTo(3);
        assertThat(json.has("learning_curve")).isFalse();
        // the simulated customer read as the bot reads a first message: free-form small talk too ("tell me a joke"),
        // measured 0 in scope and 12 out of scope (closed forms alone: 0 and 1)
        assertThat(json.get("acts_out_of_scope").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(json.get("acts_in_scope").asInt()).isLessThanOrEqualTo(2);
    }

    @Test
    void aGermanFaqIsReadWithItsLanguagesLexicalScore() throws Exception {
        var buffer = new ByteArrayOutputStream();
        assertThat(EvalCommand.run(EvalCommand.Options.parse(List.of("--faq", "src/test/resources/eval/de/faq.csv",
                "--queries", "src/test/resources/eval/de/queries.csv", "--json", "--embedding-cache",
                vectors.toString())),
                new PrintStream(buffer, true, StandardCharsets.UTF_8))).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(buffer.toString(StandardCharsets.UTF_8));
        // measured (docs/language.md): without the lexical score 75.0% self-service, 27.8% direct, 90.9% precise; with
        // the words 80.6%, 38.9%, 100%; with the concept lexicon too 91.7%, 44.4%, 100%; no off-topic question answered
        // in any: floors below what is measured now, above what was before the concepts
        assertThat(json.get("in_scope_direct_rate").asDouble()).isGreaterThanOrEqualTo(0.40);
        assertThat(json.get("direct_precision").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(json.get("self_service_rate").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(json.get("oos_wrong_answer_rate").asDouble()).isLessThanOrEqualTo(0.125);
    }

    @Test
    void replaysTheQueriesLearningFromPicks() throws Exception {
        var buffer = new ByteArrayOutputStream();
        int code = EvalCommand.run(EvalCommand.Options.parse(List.of("--faq", "db/sample-faq.csv", "--queries",
                "src/test/resources/faq/paraphrases.csv", "--json", "--learn", "--embedding-cache", vectors.toString())),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(buffer.toString(StandardCharsets.UTF_8));
        assertThat(json.get("learning_curve").size()).isEqualTo(5);
        for (JsonNode fifth : json.get("learning_curve")) {
            assertThat(fifth.asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(json.get("learned_phrasings").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(json.get("learning_adaptations").asInt()).as("the frozen model is never adapted").isZero();
        assertThat(json.get("learning_oos_wrong_answer_rate").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("learning_direct_precision").asDouble()).isBetween(0.5, 1.0);
        // the same questions in another order, learning or not: the stream's mean is near the plain run's
        double mean = 0;
        for (JsonNode fifth : json.get("learning_curve")) {
            mean += fifth.asDouble() / 5;
        }
        assertThat(mean).isCloseTo(json.get("in_scope_direct_rate").asDouble(), org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void printsAReadableReport() throws Exception {
        var buffer = new ByteArrayOutputStream();
        EvalCommand.run(EvalCommand.Options.parse(List.of("--faq", "db/sample-faq.csv", "--queries",
                "src/test/resources/faq/paraphrases.csv", "--threshold", "0.05", "--embedding-cache",
                vectors.toString())),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("queries: 160", "40 entries", "top-1 accuracy", "hit@5", "MRR",
                "at threshold 0.050", "out-of-scope recall", "recommended threshold", "time:", "simulated customer",
                "self-service", "direct precision", "mean clicks");
    }

    /**
     * {@code eval --adapt} and {@code cv --adapt} score the model adapted to the FAQ (a short training here: what is
     * checked is that the adapted model is the one asked, and that a second run loads it instead of training).
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void adaptsBeforeScoringAndASecondRunLoadsTheStoredModel() throws Exception {
        Path cache = cacheFromShipped("cache");
        var buffer = new ByteArrayOutputStream();
        List<String> args = List.of("--faq", "db/sample-faq.csv", "--queries", "src/test/resources/faq/paraphrases.csv",
                "--json", "--adapt", "--adapt-max-pairs", PAIRS, "--embedding-cache", cache.toString());
        assertThat(EvalCommand.run(EvalCommand.Options.parse(args), new PrintStream(buffer, true,
                StandardCharsets.UTF_8))).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(buffer.toString(StandardCharsets.UTF_8));
        assertThat(json.get("model").asString()).startsWith("all-minilm-l6-v2-adapted-");
        assertThat(json.get("top1_accuracy").asDouble()).isGreaterThan(0.5);
        try (var stored = Files.list(cache.resolve("adapted"))) {
            assertThat(stored.toList()).hasSize(1);
        }

        var cv = new ByteArrayOutputStream();
        EvalCli.parse(new EvalCli.Cv(), List.of("--regimes", "sample", "--adapt", "--adapt-max-pairs", PAIRS,
                "--embedding-cache", cache.toString())).run(new PrintStream(cv, true, StandardCharsets.UTF_8));
        assertThat(cv.toString(StandardCharsets.UTF_8)).contains("adapted to each fold's FAQ").containsPattern(
                "sample\\s+1\\s+" + String.format(java.util.Locale.ROOT, "%.1f", 100 * json.get("top1_accuracy")
                        .asDouble()));
        try (var stored = Files.list(cache.resolve("adapted"))) {
            assertThat(stored.toList()).as("the same FAQ and options: loaded, not trained again").hasSize(1);
        }
    }

    /**
     * {@code --learn --adapt}: the model is adapted again, as the bot adapts it after an FAQ change, to the FAQ with
     * the phrasings learned so far, at every fifth of the stream that follows a fifth that learned something; with
     * {@code --adapt-on-learned false} it is adapted once and what is learned joins the index only.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aLearningReplayWithAdaptationAdaptsAgainToWhatItLearnedUnlessSwitchedOff() throws Exception {
        Path cache = cacheFromShipped("cache-learn");
        // without the off-topic background: each model would embed it, and the first would run the serve check that
        // adaptsBeforeScoringAndASecondRunLoadsTheStoredModel runs; this test is about when the model is adapted again.
        // On the sample FAQ's orders, shipping and returns (19 entries), a stream of 10 questions (3 out of scope)
        // in the order the replay's seed shuffles them to: the first fifth's two are learned, so the model is adapted
        // again at the second fifth, and the seven after it are not (measured: 1 adaptation; 3 phrasings learned with
        // it switched off). A stream that learned in every fifth (24 questions: 4 adaptations, about 6 s of CPU each in
        // the test JVM) never showed that a fifth that learned nothing leaves the model as it is.
        List<String> args = List.of("--faq", SHOP + "faq.csv", "--queries", SHOP + "learning-queries.csv",
                "--json", "--learn", "--adapt", "--adapt-max-pairs", PAIRS, "--off-topic", "false",
                "--embedding-cache", cache.toString());

        // as the bot with answerdesk.faq.adapt-on-learned=false: adapted once, what is learned joins the index only
        List<String> once = new java.util.ArrayList<>(args);
        once.addAll(List.of("--adapt-on-learned", "false"));
        JsonNode indexOnly = replay(once);
        assertThat(indexOnly.get("learned_phrasings").asInt()).isPositive();
        assertThat(indexOnly.get("learning_adaptations").asInt()).isZero();
        assertThat(storedModels(cache)).as("the model adapted to the FAQ").isEqualTo(1);
        assertThat(indexOnly.get("learning_direct_precision").asDouble()).isBetween(0.5, 1.0);

        JsonNode json = replay(args); // the bot's default
        int adaptations = json.get("learning_adaptations").asInt();
        assertThat(adaptations).as("adapted after a fifth that learned, not after every fifth")
                .isBetween(1, LearningReplay.PARTS - 2);
        assertThat(storedModels(cache)).as("the model adapted to the FAQ, then one per FAQ grown by learning")
                .isEqualTo(1 + adaptations);
        assertThat(json.get("learning_direct_precision").asDouble()).isBetween(0.5, 1.0);
    }

    private static JsonNode replay(List<String> args) throws Exception {
        var buffer = new ByteArrayOutputStream();
        assertThat(EvalCommand.run(EvalCommand.Options.parse(args), new PrintStream(buffer, true,
                StandardCharsets.UTF_8))).isZero();
        return JsonMapper.builder().build().readTree(buffer.toString(StandardCharsets.UTF_8));
    }

    private static long storedModels(Path cache) throws java.io.IOException {
        try (var stored = Files.list(cache.resolve("adapted"))) {
            return stored.count();
        }
    }
}
