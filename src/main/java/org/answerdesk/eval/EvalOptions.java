package org.answerdesk.eval;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.adapt.EncoderTraining;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The options {@code eval} takes, shared as a picocli mixin by {@code bench} and {@code cv}; {@link #toOptions()}
 * checks them and gives the {@link EvalCommand.Options} the commands run on. The defaults that follow the bot's own
 * settings come from {@link Defaults}.
 */
final class EvalOptions {

    @Option(names = "--faq", paramLabel = "FAQ.csv", description = "the FAQ: question, answer, phrasings")
    Path faq;

    @Option(names = "--queries", paramLabel = "QUERIES.csv",
            description = "labelled questions (with --health: defaults to --faq)")
    Path queries;

    @Option(names = "--knowledge", paramLabel = "FILE.json",
            description = "score passage retrieval on a SQuAD-format question set instead of an FAQ")
    Path knowledge;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--threshold", paramLabel = "X",
            description = "answer threshold (default: ${DEFAULT-VALUE}, from ANSWERDESK_FAQ_THRESHOLD if set)")
    double threshold;

    @Option(names = "--target-precision", paramLabel = "P", defaultValue = "0.95",
            description = "precision the recommended threshold aims at (default: ${DEFAULT-VALUE})")
    double targetPrecision;

    @Option(names = "--plot", paramLabel = "FILE.svg", description = "write the threshold sweep as an SVG plot")
    Path plot;

    @Option(names = "--model", paramLabel = "FULL|QUANTIZED|MODEL.onnx",
            description = "the embedder (default: ${DEFAULT-VALUE}, from ANSWERDESK_FAQ_MODEL if set)")
    String model;

    @Option(names = "--tokenizer", paramLabel = "tokenizer.json",
            description = "an ONNX model's tokenizer (default: ANSWERDESK_FAQ_TOKENIZER)")
    String tokenizer;

    @Option(names = "--pooling", paramLabel = "MEAN|CLS",
            description = "an ONNX model's pooling (default: ${DEFAULT-VALUE}, from ANSWERDESK_FAQ_POOLING if set)")
    String pooling;

    @Option(names = "--embedding-cache", paramLabel = "DIR", description = "keep vectors (and adapted models) here")
    Path embeddingCache;

    @Option(names = "--health", description = "cross-validate the FAQ file as the FAQ health report does")
    boolean health;

    @Option(names = "--adapt", description = "adapt the model to the FAQ first, as the bot does")
    boolean adapt;

    @Option(names = "--adapt-pairs-per-phrasing", paramLabel = "N",
            description = "training pairs per phrasing (default: the bot's)")
    Integer adaptPairsPerPhrasing;

    @Option(names = "--adapt-epochs", paramLabel = "N", description = "epochs (default: the bot's)")
    Integer adaptEpochs;

    @Option(names = "--adapt-lr", paramLabel = "X", description = "learning rate (default: the bot's)")
    Double adaptLearningRate;

    @Option(names = "--adapt-batch", paramLabel = "N", description = "batch size (default: the bot's)")
    Integer adaptBatch;

    @Option(names = "--adapt-max-pairs", paramLabel = "N", description = "training pairs at most (default: the bot's)")
    Integer adaptMaxPairs;

    @Option(names = "--adapt-hard-negatives", paramLabel = "true|false", arity = "1",
            description = "push each phrasing away from the closest of another entry (default: the bot's)")
    Boolean adaptHardNegatives;

    @Option(names = "--adapt-off-topic-negatives", paramLabel = "N",
            description = "off-topic background questions per training step, negatives of every phrasing; 0 for "
                    + "none (default: the bot's)")
    Integer adaptOffTopicNegatives;

    @Option(names = "--adapt-max-minutes", paramLabel = "N", defaultValue = "30",
            description = "stop adapting after this long (default: ${DEFAULT-VALUE})")
    double adaptMaxMinutes;

    @Option(names = "--clarify-threshold", paramLabel = "X",
            description = "offer choices above this (default: ${DEFAULT-VALUE}, from ANSWERDESK_FAQ_CLARIFYTHRESHOLD if set)")
    double clarifyThreshold;

    @Option(names = "--max-choices", paramLabel = "N",
            description = "choices a clarification offers, 1 to 5 (default: ${DEFAULT-VALUE}, from "
                    + "ANSWERDESK_FAQ_MAXCHOICES if set)")
    int maxChoices;

    @Option(names = "--learn", description = "replay the queries learning from picks (with --adapt, the model is "
            + "adapted again at each fifth of the stream)")
    boolean learn;

    @Option(names = "--adapt-on-learned", paramLabel = "true|false", arity = "1", defaultValue = "true",
            description = "with --adapt --learn: adapt the model again at each fifth of the stream to the FAQ with "
                    + "the phrasings learned so far (default: ${DEFAULT-VALUE}, the bot's "
                    + "answerdesk.faq.adapt-on-learned)")
    boolean adaptOnLearned;

    @Option(names = "--learn-seed", paramLabel = "N", defaultValue = "42",
            description = "the seed of the replay's question order (default: ${DEFAULT-VALUE})")
    long learnSeed;

    @Option(names = "--learn-agree", paramLabel = "N", defaultValue = "1",
            description = "distinct near-identical questions that must pick an entry, 1 to 10 (default: "
                    + "${DEFAULT-VALUE}, the bot's answerdesk.faq.learn-min-conversations)")
    int learnAgreement;

    @Option(names = "--learn-similarity", paramLabel = "X", defaultValue = "0.9",
            description = "cosine at which two questions count as the same question, (0, 1] (default: "
                    + "${DEFAULT-VALUE}, the bot's answerdesk.faq.learn-similarity)")
    double learnSimilarity;

    @Option(names = "--wrap", description = "wrap every query as customers write it (a greeting, an order number or "
            + "date, a sign-off; seeded) before the bot reads it")
    boolean wrap;

    @Option(names = "--off-topic", paramLabel = "true|false", arity = "1", defaultValue = "true",
            description = "weigh questions against the shipped off-topic questions as the bot does (default: "
                    + "${DEFAULT-VALUE}; false: the decision on the FAQ's entries alone)")
    boolean offTopic;

    @Option(names = "--adapt-refuse-off-topic", paramLabel = "true|false", arity = "1", defaultValue = "false",
            description = "cv --adapt: ask the configured model where the adapted one fails the off-topic serve check "
                    + "(default: ${DEFAULT-VALUE}, the bot's answerdesk.faq.adapt-refuse-off-topic)")
    boolean adaptRefuseOffTopic;

    /** Parses {@code eval}'s arguments; bad usage is an {@link IllegalArgumentException} with picocli's reason. */
    static EvalCommand.Options parse(List<String> args) {
        return EvalCli.parse(new EvalOptions(), args).toOptions();
    }

    /** The checked options; throws {@link IllegalArgumentException} with the reason when they do not fit. */
    EvalCommand.Options toOptions() {
        Path queriesOrFaq = health && queries == null ? faq : queries;
        if (faq == null || queriesOrFaq == null) {
            throw new IllegalArgumentException("--faq FAQ.csv and --queries QUERIES.csv are required");
        }
        if (maxChoices < 1 || maxChoices > 5) {
            throw new IllegalArgumentException("--max-choices must be a whole number from 1 to 5, got " + maxChoices);
        }
        if (learnAgreement < 1 || learnAgreement > 10) {
            throw new IllegalArgumentException("--learn-agree must be a whole number from 1 to 10, got "
                    + learnAgreement);
        }
        if (!(learnSimilarity > 0 && learnSimilarity <= 1)) {
            throw new IllegalArgumentException("--learn-similarity must be in (0, 1], got " + learnSimilarity);
        }
        return new EvalCommand.Options(faq, queriesOrFaq, json, threshold, targetPrecision, plot, model, tokenizer,
                pooling, embeddingCache, health, adapt, adaptOptions(), clarifyThreshold, maxChoices, learn,
                learnAgreement, learnSimilarity, adaptOnLearned, learnSeed, wrap, offTopic, adaptRefuseOffTopic);
    }

    /** The product's adaptation defaults with the {@code --adapt-*} options given. */
    private EncoderTraining.Options adaptOptions() {
        EncoderTraining.Options d = EncoderTraining.Options.defaults();
        return new EncoderTraining.Options(
                adaptPairsPerPhrasing != null ? adaptPairsPerPhrasing : d.pairsPerPhrasing(),
                adaptEpochs != null ? adaptEpochs : d.epochs(),
                adaptMaxPairs != null ? adaptMaxPairs : d.maxPairs(),
                adaptBatch != null ? adaptBatch : d.batchSize(),
                adaptLearningRate != null ? adaptLearningRate : d.learningRate(),
                adaptHardNegatives != null ? adaptHardNegatives : d.hardNegatives(),
                adaptOffTopicNegatives != null ? adaptOffTopicNegatives : d.offTopicNegatives(),
                d.seed(),
                Duration.ofSeconds((long) (60 * adaptMaxMinutes)));
    }

    /**
     * The defaults that follow the bot: its environment variables where set (a blank threshold counts as unset, as
     * in the bot), else its built-in defaults. Options without a default here keep their annotation's.
     */
    static final class Defaults implements CommandLine.IDefaultValueProvider {

        @Override
        public String defaultValue(ArgSpec arg) {
            if (!(arg instanceof OptionSpec option)) {
                return null;
            }
            return switch (option.longestName()) {
                case "--threshold" -> orBuiltIn("ANSWERDESK_FAQ_THRESHOLD", FaqRetriever.DEFAULT_THRESHOLD);
                case "--clarify-threshold" ->
                        orBuiltIn("ANSWERDESK_FAQ_CLARIFYTHRESHOLD", FaqRetriever.DEFAULT_CLARIFY_THRESHOLD);
                case "--max-choices" -> orBuiltIn("ANSWERDESK_FAQ_MAXCHOICES", "" + FaqRetriever.DEFAULT_MAX_CHOICES);
                case "--model" -> System.getenv().getOrDefault("ANSWERDESK_FAQ_MODEL", "FULL");
                case "--tokenizer" -> System.getenv().getOrDefault("ANSWERDESK_FAQ_TOKENIZER", "");
                case "--pooling" -> System.getenv().getOrDefault("ANSWERDESK_FAQ_POOLING", "MEAN");
                default -> null;
            };
        }

        private static String orBuiltIn(String variable, String builtIn) {
            String env = System.getenv(variable);
            return env == null || env.isBlank() ? builtIn : env;
        }
    }
}
