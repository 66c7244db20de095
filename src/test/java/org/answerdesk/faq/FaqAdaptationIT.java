package org.answerdesk.faq;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.AdaptedTinyFaq;
import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.SharedDatabase;
import org.answerdesk.SideLane;
import org.answerdesk.TestDirs;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot adapts MiniLM to its FAQ in the background and serves it: after a change, after a restart (from the
 * stored model, no training), and not at all when adapting fails (the shipped model keeps answering). A tiny
 * FAQ and training run ({@value AdaptedTinyFaq#PAIRS} pairs: one step, a pass over all six layers) keep it fast; what
 * it checks is the plumbing, not the accuracy (that is {@code eval --adapt}'s job). The tests of what follows a first
 * adaptation start from the tiny FAQ's model, trained once per test JVM ({@link AdaptedTinyFaq}: by
 * {@code TrainingProcessIT}, which runs first) and stored in their data directories as the app would have stored it,
 * and watch the trainings that follow. Its apps keep their databases on the tests' shared PostgreSQL
 * ({@link SharedDatabase}): the app's own embedded server is other tests' subject. In the side lane: its apps are its
 * own (data directories, databases, no channel but the web), and much of its time is waiting for the training
 * processes.
 */
@SideLane
class FaqAdaptationIT {

    private static final Duration LIMIT = Duration.ofMinutes(5); // training on a loaded 2-core machine
    /** One database per data directory: a restart on the same data directory finds both as it left them. */
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();

    /**
     * Starts from the tiny FAQ's model as an earlier start stored it (a training at start is
     * {@code TrainingProcessIT}'s and {@link #aCustomModelIsAdaptedWithItsPoolingAndServedUnderItsName}'s): what is
     * watched being trained here is the changed FAQ's model, then served after a restart without a training.
     */
    @Test
    void theAdaptedModelServesAfterAChangeAndAfterARestartWithoutRetraining() throws Exception {
        Path dataDir = TestDirs.create("adapt-");
        String seeded = AdaptedTinyFaq.seed(dataDir, DATABASES.computeIfAbsent(dataDir,
                d -> SharedDatabase.newDatabase()));
        // left by an earlier FAQ, and by a write a full disk stopped half-way
        Path models = Files.createDirectories(dataDir.resolve("adapted-models"));
        Path stale = Files.createDirectories(models.resolve("0123456789abcdef"));
        Files.write(stale.resolve("model.onnx"), new byte[1024]);
        Files.writeString(stale.resolve("tokenizer.json"), "{}");
        Path partial = Files.createDirectories(models.resolve("fedcba9876543210.123456"));
        Files.write(partial.resolve("model.onnx"), new byte[1024]);
        String afterChange;
        try (var app = start(dataDir)) {
            assertThat(partial).doesNotExist(); // removed at start, before any adaptation
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            String first = await(LIMIT, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"),
                    "adapted model");
            assertThat(fingerprint(first)).isEqualTo(seeded);
            assertThat(outcome(app, "loaded")).as("the stored model, counted before it is served").isEqualTo(1);
            // the stale one went: the store is tidied just after the model is served
            await(LIMIT, () -> modelDirs(dataDir), d -> d.equals(List.of(fingerprint(first))), "only the served model kept");
            assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                    .isEqualTo("How do I reset my password?");
            // served at its own answer threshold: no more held-out off-topic questions answered than the configured
            // model answers at the setting
            var check = app.getBean(AdaptationRun.class).lastCheck().orElseThrow();
            assertThat(check.answerThreshold()).isGreaterThanOrEqualTo(retriever.threshold());
            assertThat(retriever.index().confidenceScale())
                    .isCloseTo(retriever.threshold() / check.answerThreshold(), org.assertj.core.api.Assertions.within(1e-9));
            // and offers choices at its own clarify threshold: for no more of them than the configured model
            assertThat(check.clarifyThreshold()).isGreaterThanOrEqualTo(retriever.clarifyThreshold());
            assertThat(retriever.index().choiceScale()).isCloseTo(retriever.clarifyThreshold()
                    / check.clarifyThreshold(), org.assertj.core.api.Assertions.within(1e-9));
            // both as the owner reads them in the FAQ health report
            var api = new org.answerdesk.HttpApi(port(app));
            var adaptation = await(LIMIT, () -> api.get("/api/faq/health", org.answerdesk.HttpApi.ADMIN).json(),
                    h -> h.path("status").asString().equals("READY") && h.path("off_topic").has("adaptation"),
                    "the health report with the adaptation's check").get("off_topic").get("adaptation");
            assertThat(adaptation.get("answer_threshold").asDouble()).isEqualTo(check.answerThreshold());
            assertThat(adaptation.get("clarify_threshold").asDouble()).isEqualTo(check.clarifyThreshold());

            FaqEntry added = app.getBean(FaqService.class).create(new FaqDraft("Do you offer engraving?",
                    "Yes: engraving is free on rings and watches.", "products", List.of(),
                    List.of("can you engrave my ring", "personalised engraving", "engrave a name on a watch")));
            afterChange = await(LIMIT, () -> retriever.embedder().modelName(),
                    n -> n.contains("-adapted-") && !n.equals(first), "model adapted to the changed FAQ");
            assertThat(retriever.retrieve("can you engrave a watch for me").best().orElseThrow().entryId())
                    .isEqualTo(added.id());
            // counted and tidied just after the model is served
            await(LIMIT, () -> outcome(app, "trained"), n -> n == 1, "the changed FAQ's training counted");
            assertThat(outcome(app, "loaded")).isEqualTo(1);
            await(LIMIT, () -> modelDirs(dataDir), d -> d.equals(List.of(fingerprint(afterChange))),
                    "only the model served kept");
        }
        try (var app = start(dataDir)) {
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            await(LIMIT, () -> retriever.embedder().modelName(), afterChange::equals,
                    "stored adapted model after restart");
            await(LIMIT, () -> outcome(app, "loaded"), n -> n == 1, "the stored model counted as loaded");
            assertThat(outcome(app, "trained")).isZero();
            assertThat(retriever.retrieve("i lost my password").confident()).isTrue();
            aModelThatCannotBeWrittenIsCountedAndTheBotKeepsAnswering(app, dataDir);
        }
    }

    /**
     * A question rejected by feedback is trained into the next adaptation, and then, by default, so is a phrasing
     * learned from a customer's pick (one app: each is a training of its own, one after the other).
     */
    @Test
    void aRejectedQuestionAndThenALearnedPhrasingAreEachTrainedIntoTheNextAdaptation() throws Exception {
        Path dataDir = TestDirs.create("adapt-negative-learned-");
        AdaptedTinyFaq.seed(dataDir, DATABASES.computeIfAbsent(dataDir, d -> SharedDatabase.newDatabase()));
        try (var app = start(dataDir)) {
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            String before = await(LIMIT, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"),
                    "adapted model");
            var match = retriever.retrieve("i lost my password").best().orElseThrow();
            // as FeedbackLearning stores it: voted down, then answered differently by an agent
            Embedder shipped = app.getBean(Embedder.class);
            assertThat(app.getBean(FaqNegatives.class).add(match.entryId(), "i lost my password",
                    shipped.embed("i lost my password"), shipped.modelName(), 1)).isTrue();
            app.getBean(FaqVersion.class).bump();
            app.getBean(FaqService.class).refresh();
            // the FAQ's phrasings did not change: only the rejected question makes this a new training
            await(LIMIT, () -> retriever.embedder().modelName(),
                    n -> n.contains("-adapted-") && !n.equals(before), "model adapted with the rejected question");
            await(LIMIT, () -> outcome(app, "trained"), n -> n == 1, "the training with it counted");
            assertThat(outcome(app, "loaded")).as("the stored model of the FAQ before").isEqualTo(1);

            Learned l = learnAfterAdaptation(app, retriever, 1);
            String adapted = l.adaptedModel();
            // the training is counted before its model is served: once it is seen, so is the count
            await(LIMIT, () -> retriever.embedder().modelName(),
                    n -> n.contains("-adapted-") && !n.equals(adapted), "model adapted with the learned phrasing");
            assertThat(outcome(app, "trained")).isEqualTo(2);
            assertThat(retriever.retrieve(l.question()).best().orElseThrow().entryId()).isEqualTo(l.entryId());
        }
    }

    private record Learned(String adaptedModel, long entryId, String question) {
    }

    /**
     * Waits for an adaptation and for {@code trainings} to be counted, then learns a question the model sends
     * elsewhere as a returns phrasing.
     */
    private static Learned learnAfterAdaptation(ConfigurableApplicationContext app, FaqRetriever retriever,
                                                int trainings) throws Exception {
        String adapted = await(LIMIT, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"),
                "adapted model");
        await(LIMIT, () -> outcome(app, "trained"), n -> n == trainings, "the trainings counted");
        String learned = "the parcel came with a broken zip, what now";
        long returns = retriever.retrieve("how do returns work").best().orElseThrow().entryId();
        assertThat(retriever.retrieve(learned).best().map(FaqMatch::entryId)).as("before it is learned")
                .isNotEqualTo(java.util.Optional.of(returns));
        assertThat(app.getBean(LearnedPhrasings.class).add(returns, learned)).isPresent();
        app.getBean(FaqService.class).refresh();
        return new Learned(adapted, returns, learned);
    }

    /**
     * With {@code answerdesk.faq.adapt-on-learned=false}, a phrasing learned from a customer's pick joins the adapted
     * model's index without training the model again. In the same app, a clarify threshold of 0 ("always offer
     * choices", as owners set it) is kept as the adapted model's too: no factor can raise a 0, and none of 0 or NaN
     * may stop the model from being served.
     */
    @Test
    void aLearnedPhrasingJoinsTheAdaptedIndexWithoutTrainingAgainAndAlwaysOfferChoicesStays() throws Exception {
        Path dataDir = TestDirs.create("adapt-learned-always-");
        AdaptedTinyFaq.seed(dataDir, DATABASES.computeIfAbsent(dataDir, d -> SharedDatabase.newDatabase()));
        try (var app = start(dataDir, "--answerdesk.faq.adapt-on-learned=false",
                "--answerdesk.faq.clarify-threshold=0")) {
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            await(LIMIT, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"), "adapted model");
            assertThat(outcome(app, "failed")).isZero();
            assertThat(retriever.index().choiceScale()).isEqualTo(1);
            assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                    .isEqualTo("How do I reset my password?");

            assertThat(outcome(app, "loaded")).as("the stored model").isEqualTo(1);
            Learned l = learnAfterAdaptation(app, retriever, 0);
            String adapted = l.adaptedModel();
            String learned = l.question();
            long returns = l.entryId();
            // the owner's phrasings are unchanged: the same model, found stored again
            await(LIMIT, () -> outcome(app, "loaded"), n -> n >= 2, "the adaptation after the change");
            assertThat(retriever.embedder().modelName()).isEqualTo(adapted);
            assertThat(retriever.retrieve(learned).best().orElseThrow().entryId()).isEqualTo(returns);
            assertThat(outcome(app, "trained")).isZero();
            assertThat(outcome(app, "failed")).isZero();
            assertThat(retriever.index().choiceScale()).isEqualTo(1);
        }
    }

    @Test
    void aFailedAdaptationLeavesTheShippedModelAnswering() throws Exception {
        Path dataDir = TestDirs.create("adapt-fail-");
        Files.writeString(dataDir.resolve("adapted-models"), "a file where the models' directory should be");
        try (var app = start(dataDir)) {
            await(LIMIT, () -> outcome(app, "failed"), n -> n >= 1, "a failed adaptation");
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            assertThat(retriever.embedder().modelName()).isEqualTo("all-minilm-l6-v2");
            assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                    .isEqualTo("How do I reset my password?");
        }
    }

    /**
     * An operator's own BERT-style model (a copy of MiniLM's files as the "custom" one, with BGE's CLS pooling) is
     * adapted as the shipped one is, trained with its pooling, and served under its own name.
     */
    @Test
    void aCustomModelIsAdaptedWithItsPoolingAndServedUnderItsName() throws Exception {
        Path dataDir = TestDirs.create("adapt-custom-");
        try (var app = start(dataDir, "--answerdesk.faq.model=" + CustomModelIT.DIR.resolve("model.onnx"),
                "--answerdesk.faq.pooling=cls")) {
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            String configured = app.getBean(Embedder.class).modelName();
            assertThat(configured).startsWith("onnx:model.onnx:cls:");
            String adapted = await(LIMIT, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"),
                    "adapted custom model");
            assertThat(adapted).startsWith(configured + "-adapted-");
            await(LIMIT, () -> outcome(app, "trained"), n -> n == 1, "the training counted");
            // served with CLS pooling: the adapted file's CLS vector, not its mean one
            float[] served = retriever.embedder().embed("i lost my password");
            Path dir = dataDir.resolve("adapted-models").resolve(adapted.substring(adapted.lastIndexOf('-') + 1));
            for (var pooling : dev.langchain4j.model.embedding.onnx.PoolingMode.values()) {
                Embedder check = Embedder.onnx(dir.resolve("model.onnx"), dir.resolve("tokenizer.json"), pooling,
                        "check-" + pooling);
                double cosine = Embedder.cosine(served, check.embed("i lost my password"));
                check.release();
                if (pooling.name().equals("CLS")) {
                    assertThat(cosine).isGreaterThan(0.99999);
                } else {
                    assertThat(cosine).isLessThan(0.999);
                }
            }
            assertThat(retriever.retrieve("i lost my password").best()).isPresent();
        }
    }

    /**
     * An operator's model that cannot be trained (here the quantized MiniLM as a custom file: int8 weights, nothing
     * named as BERT's float weights) fails to adapt with a count and a log line, and keeps answering unadapted.
     */
    @Test
    void aCustomModelThatCannotBeTrainedKeepsAnsweringUnadapted() throws Exception {
        Path dataDir = TestDirs.create("adapt-untrainable-");
        Path model = dataDir.resolve("quantized.onnx");
        try (var in = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, model);
        }
        Files.copy(CustomModelIT.DIR.resolve("tokenizer.json"), dataDir.resolve("tokenizer.json"));
        try (var app = start(dataDir, "--answerdesk.faq.model=" + model)) {
            await(LIMIT, () -> outcome(app, "failed"), n -> n >= 1, "a failed adaptation");
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            assertThat(retriever.embedder().modelName()).startsWith("onnx:quantized.onnx:mean:")
                    .doesNotContain("-adapted-");
            assertThat(outcome(app, "trained")).isZero();
            assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                    .isEqualTo("How do I reset my password?");
        }
    }

    /**
     * A model that cannot be written (the models' directory replaced by a file: the tests run as root, which a
     * read-only directory would not stop) is counted as failed, leaves nothing behind, and the bot answers the
     * changed FAQ with the configured model; {@code diskSpace} in health measures the data directory. Run on the
     * restarted app of {@link #theAdaptedModelServesAfterAChangeAndAfterARestartWithoutRetraining}, serving the stored
     * adapted model: an app and a training of its own cost a minute of CI and checked nothing more.
     */
    private static void aModelThatCannotBeWrittenIsCountedAndTheBotKeepsAnswering(ConfigurableApplicationContext app,
                                                                                 Path dataDir) throws Exception {
        FaqRetriever retriever = app.getBean(FaqRetriever.class);
        assertThat(retriever.embedder().modelName()).contains("-adapted-");
        assertThat(outcome(app, "failed")).isZero();
        var health = new org.answerdesk.HttpApi(port(app)).get("/actuator/health", org.answerdesk.HttpApi.ADMIN)
                .json().path("components").path("diskSpace");
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(Path.of(health.path("details").path("path").asText()))
                .isEqualTo(dataDir.toAbsolutePath().normalize());

        Path models = dataDir.resolve("adapted-models");
        Path away = dataDir.resolve("models-moved-away");
        Files.move(models, away);
        Files.writeString(models, "not a directory");
        FaqEntry added = app.getBean(FaqService.class).create(new FaqDraft("Can I pay by invoice?",
                "Yes: business customers can pay by invoice within 30 days.", "payment", List.of(),
                List.of("pay by invoice", "can i get an invoice and pay later", "payment on account")));
        await(LIMIT, () -> outcome(app, "failed"), n -> n >= 1, "a failed adaptation");
        assertThat(retriever.embedder().modelName()).isEqualTo("all-minilm-l6-v2");
        assertThat(retriever.retrieve("can i pay with an invoice later").best().orElseThrow().entryId())
                .isEqualTo(added.id());
        assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                .isEqualTo("How do I reset my password?");
        try (var left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.matches("[0-9a-f]{16}\\..*"));
        }
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static String fingerprint(String modelName) {
        return modelName.substring(modelName.lastIndexOf('-') + 1);
    }

    private static List<String> modelDirs(Path dataDir) {
        try (var s = Files.list(dataDir.resolve("adapted-models"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double outcome(ConfigurableApplicationContext app, String outcome) {
        var counter = app.getBean(MeterRegistry.class).find("answerdesk.faq.adaptations").tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        String database = DATABASES.computeIfAbsent(dataDir, d -> SharedDatabase.newDatabase());
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--answerdesk.data-dir=" + dataDir,
                "--spring.datasource.url=" + database));
        args.addAll(AdaptedTinyFaq.arguments()); // the tiny FAQ, few pairs, at once, at the bot's priority
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run(args.toArray(String[]::new));
    }
}
