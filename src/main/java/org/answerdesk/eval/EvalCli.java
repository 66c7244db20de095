package org.answerdesk.eval;

import java.util.List;
import java.util.Set;

/**
 * The command-line tools that run without database or server: {@code eval} (a product feature), {@code bench}
 * (speed benchmark), {@code split} and {@code split-hwu} (carve reproducible dev / held-out
 * files and folds from the public data sets) and {@code cv} (every cross-validation regime in one run).
 */
public final class EvalCli {

    private static final Set<String> COMMANDS = Set.of("eval", "bench", "split", "split-hwu", "cv");

    private EvalCli() {
    }

    /** True when the first argument names one of these commands. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command and returns the process exit code (2 for bad usage or input). */
    public static int run(String[] args) {
        quietLibraries();
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "eval" -> EvalCommand.run(EvalCommand.Options.parse(rest), System.out);
                case "bench" -> Benchmark.run(rest, System.out);
                case "split-hwu" -> HwuSplits.run(rest);
                case "cv" -> CrossValidate.run(rest, System.out);
                default -> Splits.run(rest);
            }
            return 0;
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println(args[0] + ": " + e.getMessage());
            return 2;
        }
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
