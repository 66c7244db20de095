package org.answerdesk.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command-line tools that run without database or server: {@code eval} (a product feature), {@code bench}
 * (speed benchmark), {@code split} and {@code split-hwu} (carve reproducible dev / held-out
 * files and folds from the public data sets) and {@code cv} (every cross-validation regime in one run). Each is a
 * picocli command; {@code --help} after a command's name lists its options.
 */
@Command(name = "answerdesk", subcommands = {EvalCli.Eval.class, EvalCli.Bench.class, EvalCli.Cv.class,
        EvalCli.Split.class, EvalCli.SplitHwu.class})
public final class EvalCli {

    private EvalCli() {
    }

    /** True when the first argument names one of these commands. */
    public static boolean handles(String[] args) {
        return args.length > 0 && commandLine().getSubcommands().containsKey(args[0]);
    }

    /** Runs the command and returns the process exit code (2 for bad usage or input, reported on standard error). */
    public static int run(String[] args) {
        quietLibraries();
        return commandLine().execute(args);
    }

    private static CommandLine commandLine() {
        return new CommandLine(new EvalCli())
                .setDefaultValueProvider(new EvalOptions.Defaults())
                .setParameterExceptionHandler((e, args) -> {
                    fail(e.getCommandLine(), e.getMessage());
                    System.err.println("(" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help lists "
                            + "the options)");
                    return 2;
                })
                .setExecutionExceptionHandler((e, cli, parsed) -> {
                    if (e instanceof IllegalArgumentException || e instanceof IOException) {
                        return fail(cli, e.getMessage());
                    }
                    throw e;
                });
    }

    private static int fail(CommandLine cli, String message) {
        System.err.println(cli.getCommandName() + ": " + message);
        return 2;
    }

    /**
     * Parses {@code args} into {@code command}'s fields as the command line would; bad usage is an
     * {@link IllegalArgumentException} with picocli's reason.
     */
    static <T> T parse(T command, List<String> args) {
        try {
            new CommandLine(command).setDefaultValueProvider(new EvalOptions.Defaults())
                    .parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return command;
    }

    @Command(name = "eval",
            description = "How well the bot's retriever answers the labelled queries with this FAQ.")
    static final class Eval implements Callable<Integer> {
        @Mixin
        Help help;

        @Mixin
        EvalOptions options;

        @Override
        public Integer call() throws IOException {
            if (options.knowledge != null) {
                return KnowledgeEval.run(options.knowledge, options.json,
                        org.answerdesk.retrieval.Embedder.load(options.model, options.tokenizer, options.pooling),
                        options.embeddingCache, System.out);
            }
            return EvalCommand.run(options.toOptions(), System.out);
        }
    }

    @Command(name = "bench",
            description = "Ingest, index build, search latency and embedding cache timings (eval's options).")
    static final class Bench implements Callable<Integer> {
        @Mixin
        Help help;

        @Mixin
        EvalOptions options;

        @Override
        public Integer call() throws IOException {
            Benchmark.run(options.toOptions(), System.out);
            return 0;
        }
    }

    @Command(name = "cv",
            description = "Every fold of the cross-validation regimes (eval's options without --faq and --queries).")
    static final class Cv implements Callable<Integer> {
        @Mixin
        Help help;

        @Mixin
        EvalOptions options;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
                description = "the public data sets (default: ${DEFAULT-VALUE})")
        Path data;

        @Option(names = "--folds", paramLabel = "N", defaultValue = "" + Splits.FOLDS,
                description = "folds per regime, 1 to " + Splits.FOLDS + " (default: ${DEFAULT-VALUE})")
        int folds;

        @Option(names = "--regimes", paramLabel = "NAME", split = ",",
                description = "the regimes to run (default: all of b77-10shot, hwu-5shot, multi-5shot, b77-full, "
                        + "sample; also b77-groups-short, b77-groups-random: a group of related BANKING77 intents held "
                        + "out as off-topic; b77-18-short, b77-38-short, b77-38-random, bitext-18-short, "
                        + "bitext-18-random: a small FAQ of 18 or 38 BANKING77 or Bitext intents, others as off-topic)")
        List<String> regimes;

        @Option(names = "--sample-faq", paramLabel = "FAQ.csv", defaultValue = "db/sample-faq.csv",
                description = "the sample regime's FAQ (default: ${DEFAULT-VALUE})")
        Path sampleFaq;

        @Option(names = "--sample-queries", paramLabel = "QUERIES.csv",
                defaultValue = "src/test/resources/faq/paraphrases.csv",
                description = "the sample regime's queries (default: ${DEFAULT-VALUE})")
        Path sampleQueries;

        @Option(names = "--write-folds", paramLabel = "DIR",
                description = "write each fold as DIR/REGIME-K/faq.csv and queries.csv (for eval and FaqBenchmark) "
                        + "instead of running it")
        Path writeFolds;

        @Override
        public Integer call() throws IOException {
            run(System.out);
            return 0;
        }

        void run(PrintStream out) throws IOException {
            if (folds < 1 || folds > Splits.FOLDS) {
                throw new IllegalArgumentException("--folds must be 1 to " + Splits.FOLDS);
            }
            if (writeFolds != null) {
                Regimes built = new Regimes(data, sampleFaq, sampleQueries, folds);
                for (String name : regimes == null ? Regimes.NAMES : regimes) {
                    FoldFiles.write(built.build(name), writeFolds);
                    out.println("wrote " + writeFolds.resolve(name + "-*"));
                }
                return;
            }
            // the folds bring their own FAQ and queries
            options.faq = Path.of("-");
            options.queries = Path.of("-");
            CrossValidate.run(options.toOptions(), new Regimes(data, sampleFaq, sampleQueries, folds),
                    regimes == null ? Regimes.NAMES : regimes, out);
        }
    }

    @Command(name = "split",
            description = "Reproducible dev / held-out files and cross-validation folds from BANKING77 and Bitext.")
    static final class Split implements Callable<Integer> {
        @Mixin
        Help help;

        @Parameters(index = "0", paramLabel = "BANKING77_TRAIN.csv")
        Path bankingTrain;
        @Parameters(index = "1", paramLabel = "BITEXT.csv")
        Path bitext;
        @Parameters(index = "2", paramLabel = "OUT_DIR")
        Path out;

        @Override
        public Integer call() throws IOException {
            Splits.run(bankingTrain, bitext, out);
            return 0;
        }
    }

    @Command(name = "split-hwu",
            description = "Few-shot cross-validation folds over HWU64, with BANKING77 questions as out-of-scope.")
    static final class SplitHwu implements Callable<Integer> {
        @Mixin
        Help help;

        @Parameters(index = "0", paramLabel = "HWU64_TRAIN.csv")
        Path hwuTrain;
        @Parameters(index = "1", paramLabel = "BANKING77_TRAIN.csv")
        Path bankingTrain;
        @Parameters(index = "2", paramLabel = "OUT_DIR")
        Path out;

        @Override
        public Integer call() throws IOException {
            HwuSplits.run(hwuTrain, bankingTrain, out);
            return 0;
        }
    }

    /** {@code -h}, {@code --help}: the command's usage, options and their defaults. */
    static final class Help {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        boolean requested;
    }

    /**
     * The ONNX and tokenizer libraries log their platform probing (CUDA, native libraries) to standard output, where
     * it would break {@code --json}; these tools report errors themselves on standard error.
     */
    private static void quietLibraries() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    public static void main(String[] args) {
        System.exit(handles(args) ? run(args) : 2);
    }
}
