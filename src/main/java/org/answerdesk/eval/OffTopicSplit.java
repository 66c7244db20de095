package org.answerdesk.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * A fold's off-topic questions in two kinds (issue 42): the neighbouring business's (labelled {@code near}: the
 * intents of the same business held out of the FAQ) and the far ones (another domain's, unlabelled). What the simulated
 * customer gets for each kind: answered directly (each a wrong answer) or shown choices.
 *
 * @param near         how many near questions the fold has
 * @param nearAnswered near questions answered directly / near questions
 * @param nearChoices  near questions shown choices / near questions
 * @param far          how many far questions the fold has
 * @param farAnswered  far questions answered directly / far questions
 * @param farChoices   far questions shown choices / far questions
 */
record OffTopicSplit(int near, double nearAnswered, double nearChoices, int far, double farAnswered,
                     double farChoices) {

    /** The split of {@code outcomes}, the outcomes of {@code queries} in their order. */
    static OffTopicSplit of(List<LabeledText> queries, List<Outcome> outcomes, double threshold,
                            double clarifyThreshold) {
        if (queries.size() != outcomes.size()) {
            throw new IllegalArgumentException(queries.size() + " queries, " + outcomes.size() + " outcomes");
        }
        int[] near = new int[3];
        int[] far = new int[3];
        for (int i = 0; i < queries.size(); i++) {
            if (!queries.get(i).outOfScope()) {
                continue;
            }
            int[] kind = queries.get(i).near() ? near : far;
            Outcome o = outcomes.get(i);
            kind[0]++;
            kind[1] += o.answeredAt(threshold) ? 1 : 0;
            kind[2] += o.clarifiedAt(threshold, clarifyThreshold) ? 1 : 0;
        }
        return new OffTopicSplit(near[0], ratio(near[1], near[0]), ratio(near[2], near[0]), far[0],
                ratio(far[1], far[0]), ratio(far[2], far[0]));
    }

    /** The regimes that have near questions: their off-topic questions' figures by kind, mean ± sd over folds. */
    static void print(Map<String, List<OffTopicSplit>> regimes, PrintStream out) {
        if (regimes.values().stream().flatMap(List::stream).noneMatch(s -> s.near() > 0)) {
            return;
        }
        out.printf("%noff-topic questions by kind, at the settings: near (intents of the business held out of the "
                + "FAQ), far (other domains)%n%-12s %12s %12s %12s %12s%n", "regime", "near answ.", "near choices",
                "far answ.", "far choices");
        regimes.forEach((name, folds) -> {
            if (folds.stream().anyMatch(s -> s.near() > 0)) {
                out.printf("%-12s %12s %12s %12s %12s%n", name, CrossValidate.stat(folds, OffTopicSplit::nearAnswered),
                        CrossValidate.stat(folds, OffTopicSplit::nearChoices),
                        CrossValidate.stat(folds, OffTopicSplit::farAnswered),
                        CrossValidate.stat(folds, OffTopicSplit::farChoices));
            }
        });
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
