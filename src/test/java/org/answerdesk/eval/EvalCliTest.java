package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.adapt.EncoderTraining;
import org.junit.jupiter.api.Test;

/** The offline commands' command lines: defaults, checks, exit codes and help (no model is loaded). */
class EvalCliTest {

    @Test
    void evalDefaultsAreTheBotsOwn() {
        var o = EvalCommand.Options.parse(List.of("--faq", "f.csv", "--queries", "q.csv"));
        assertThat(o.threshold()).isEqualTo(Double.parseDouble(env("ANSWERDESK_FAQ_THRESHOLD",
                FaqRetriever.DEFAULT_THRESHOLD)));
        assertThat(o.clarifyThreshold()).isEqualTo(Double.parseDouble(env("ANSWERDESK_FAQ_CLARIFYTHRESHOLD",
                FaqRetriever.DEFAULT_CLARIFY_THRESHOLD)));
        assertThat(o.maxChoices()).isEqualTo(Integer.parseInt(env("ANSWERDESK_FAQ_MAXCHOICES",
                "" + FaqRetriever.DEFAULT_MAX_CHOICES)));
        assertThat(o.model()).isEqualTo(System.getenv().getOrDefault("ANSWERDESK_FAQ_MODEL", "FULL"));
        assertThat(o.pooling()).isEqualTo(System.getenv().getOrDefault("ANSWERDESK_FAQ_POOLING", "MEAN"));
        assertThat(o.tokenizer()).isEqualTo(System.getenv().getOrDefault("ANSWERDESK_FAQ_TOKENIZER", ""));
        assertThat(o.targetPrecision()).isEqualTo(0.95);
        assertThat(o.learnAgreement()).as("the bot's answerdesk.faq.learn-min-conversations").isEqualTo(1);
        assertThat(o.learnSimilarity()).as("the bot's answerdesk.faq.learn-similarity").isEqualTo(0.9);
        assertThat(o.plot()).isNull();
        assertThat(o.embeddingCache()).isNull();
        assertThat(o.json() || o.health() || o.adapt() || o.learn()).isFalse();
        EncoderTraining.Options d = EncoderTraining.Options.defaults();
        assertThat(o.adaptOptions()).isEqualTo(new EncoderTraining.Options(d.pairsPerPhrasing(), d.epochs(),
                d.maxPairs(), d.batchSize(), d.learningRate(), d.hardNegatives(), d.seed(),
                java.time.Duration.ofMinutes(30)));
    }

    @Test
    void evalTakesEveryOption() {
        var o = EvalCommand.Options.parse(List.of("--faq", "f.csv", "--queries", "q.csv", "--threshold", "0.4",
                "--clarify-threshold", "0.1", "--max-choices", "2", "--model", "QUANTIZED", "--plot", "p.svg",
                "--embedding-cache", "cache", "--learn", "--learn-agree", "3", "--adapt", "--adapt-epochs", "2",
                "--adapt-max-pairs", "64", "--adapt-lr", "0.001", "--adapt-hard-negatives", "false",
                "--adapt-max-minutes", "1.5"));
        assertThat(o.threshold()).isEqualTo(0.4);
        assertThat(o.clarifyThreshold()).isEqualTo(0.1);
        assertThat(o.maxChoices()).isEqualTo(2);
        assertThat(o.model()).isEqualTo("QUANTIZED");
        assertThat(o.plot()).isEqualTo(Path.of("p.svg"));
        assertThat(o.embeddingCache()).isEqualTo(Path.of("cache"));
        assertThat(o.learn()).isTrue();
        assertThat(o.learnAgreement()).isEqualTo(3);
        assertThat(o.adapt()).isTrue();
        assertThat(o.adaptOptions().epochs()).isEqualTo(2);
        assertThat(o.adaptOptions().maxPairs()).isEqualTo(64);
        assertThat(o.adaptOptions().learningRate()).isEqualTo(0.001);
        assertThat(o.adaptOptions().hardNegatives()).isFalse();
        assertThat(o.adaptOptions().maxTime()).isEqualTo(java.time.Duration.ofSeconds(90));
    }

    @Test
    void healthAsksTheFaqOfItselfWhenNoQueriesAreGiven() {
        var o = EvalCommand.Options.parse(List.of("--faq", "f.csv", "--health"));
        assertThat(o.queries()).isEqualTo(Path.of("f.csv"));
    }

    @Test
    void badOptionsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> EvalCommand.Options.parse(List.of("--faq", "f", "--queries", "q", "--max-choices",
                "6"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--max-choices must be a whole number from 1 to 5, got 6");
        assertThatThrownBy(() -> EvalCommand.Options.parse(List.of("--faq", "f", "--queries", "q", "--learn-agree",
                "0"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--learn-agree");
        assertThatThrownBy(() -> EvalCommand.Options.parse(List.of("--faq", "f", "--queries", "q", "--threshold",
                "high"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--threshold")
                .hasMessageContaining("high");
        assertThatThrownBy(() -> EvalCommand.Options.parse(List.of("--faq", "f", "--queries", "q", "--adapt-speed",
                "2"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--adapt-speed");
        assertThatThrownBy(() -> EvalCommand.Options.parse(List.of("--faq"))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("--faq");
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhyOnStandardError() {
        var run = run("eval", "--faq", "f.csv");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("eval: --faq FAQ.csv and --queries QUERIES.csv are required");
        assertThat(run.out()).isEmpty();

        var unknown = run("cv", "--fold", "3");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("cv: ").contains("--fold").contains("cv --help");

        var folds = run("cv", "--folds", "9");
        assertThat(folds.code()).isEqualTo(2);
        assertThat(folds.err()).startsWith("cv: --folds must be 1 to 5");

        var split = run("split", "a.csv", "b.csv");
        assertThat(split.code()).isEqualTo(2);
        assertThat(split.err()).startsWith("split: ").contains("OUT_DIR");
    }

    @Test
    void helpListsEachCommandsOptionsAndDefaults() {
        var eval = run("eval", "--help");
        assertThat(eval.code()).isZero();
        assertThat(eval.out()).contains("--faq=FAQ.csv", "--max-choices=N", "--adapt-max-pairs=N",
                "default: 0.95", "--learn-similarity=X", "default: 1, the bot's");
        var cv = run("cv", "--help");
        assertThat(cv.code()).isZero();
        assertThat(cv.out()).contains("--regimes=NAME", "--folds=N", "--threshold=X", "default: ../shared/data");
        assertThat(run("split-hwu", "--help").out()).contains("HWU64_TRAIN.csv");
    }

    @Test
    void handlesOnlyItsCommands() {
        assertThat(EvalCli.handles(new String[] {"eval"})).isTrue();
        assertThat(EvalCli.handles(new String[] {"split-hwu"})).isTrue();
        assertThat(EvalCli.handles(new String[] {"--server.port=0"})).isFalse();
        assertThat(EvalCli.handles(new String[0])).isFalse();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = EvalCli.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static String env(String name, String builtIn) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? builtIn : value;
    }
}
