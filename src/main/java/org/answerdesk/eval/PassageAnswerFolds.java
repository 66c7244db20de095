package org.answerdesk.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.answerdesk.eval.SquadFile.Question;
import org.answerdesk.retrieval.Calibration;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageDecision;
import org.answerdesk.retrieval.PassageIndex;
import org.answerdesk.retrieval.PassageTuning;

/**
 * The no-LLM passage answer of {@code eval --knowledge}, cross-validated over articles: for each test fold, the
 * decision's weights and its threshold are fitted on the questions of the three other folds, asked three times
 * with each of those folds left out of the index in turn (its questions out of scope), and the test fold's
 * questions are answered with the fifth fold's articles left out (its questions out of scope). A third of the
 * fitting examples and half of the test questions are thus out of scope; in- and out-of-scope weigh half each.
 */
final class PassageAnswerFolds {

    /** The precision the threshold is chosen for, on the fitting questions. */
    static final double PRECISION_TARGET = 0.9;
    /** The fewest fitting questions a threshold must answer to be chosen, so that a handful cannot decide. */
    static final int MIN_ANSWERED = 20;
    /** The thresholds chosen among. */
    static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

    record Result(ArticleFolds.Rates precision, int answered, int right, double answerRate, double outAnswered,
                  double[] thresholds, double[] shippedWeights, double shippedThreshold, List<Calibration.Trial> trials) {

        /**
         * The answer at the bot's default threshold ({@code answer_precision}, the measure), then under the
         * rule that chooses a threshold per fold on the fitting folds.
         */
        String json() {
            var atDefault = atDefault();
            return String.format(Locale.ROOT, "\"answer_precision\": %.4f, \"answer_rate\": %.4f, "
                    + "\"out_of_scope_answered\": %.4f, \"per_fold_threshold\": {\"answer_precision\": %.4f, "
                    + "\"answer_precision_sd\": %.4f, \"answer_rate\": %.4f, \"out_of_scope_answered\": %.4f}",
                    atDefault.precision(), atDefault.inScopeAccuracy(), 1 - atDefault.outOfScopeRecall(),
                    precision.pooled(), precision.sd(), answerRate, outAnswered);
        }

        /** The answers at the bot's default threshold, with each fold's fitted weights. */
        Calibration.Point atDefault() {
            return new Calibration(trials).at(Double.parseDouble(PassageDecision.DEFAULT_THRESHOLD));
        }

        void print(PrintStream out) {
            Calibration calibration = new Calibration(trials);
            var atDefault = calibration.at(Double.parseDouble(PassageDecision.DEFAULT_THRESHOLD));
            out.printf(Locale.ROOT, "no-LLM passage answers at the default threshold %s, weights fitted per fold: "
                    + "precision %.3f, in-scope questions answered right %.3f, out-of-scope answered %.3f%n",
                    PassageDecision.DEFAULT_THRESHOLD, atDefault.precision(), atDefault.inScopeAccuracy(),
                    1 - atDefault.outOfScopeRecall());
            out.printf(Locale.ROOT, "no-LLM passage answers (threshold chosen per fold for precision %.2f on the "
                            + "fitting folds: %s): precision %s over folds [%d of %d: %.3f], in-scope questions "
                            + "answered right %.3f, out-of-scope answered %.3f%n", PRECISION_TARGET,
                    java.util.Arrays.toString(thresholds), precision, right, answered, precision.pooled(), answerRate,
                    outAnswered);
            StringBuilder w = new StringBuilder();
            for (double x : shippedWeights) {
                w.append(String.format(Locale.ROOT, " %.2f", x));
            }
            out.printf(Locale.ROOT, "fitted on every question (shipped as PassageDecision.FITTED):%s; the rule's "
                    + "threshold on every question %.2f%n", w, shippedThreshold);
            out.printf("%-9s %9s %9s %13s%n", "threshold", "precision", "answered", "out-of-scope");
            for (double t : THRESHOLDS) {
                var at = calibration.at(t);
                out.printf(Locale.ROOT, "%-9.2f %9.3f %9.3f %13.3f%n", t, at.precision(), at.inScopeAccuracy(),
                        1 - at.outOfScopeRecall());
            }
        }
    }

    private PassageAnswerFolds() {
    }

    static Result run(List<Passage> passages, List<float[][]> vectors, List<Integer> articleOf, List<Question> questions,
                      List<float[]> questionVectors, ArticleFolds folds, IntFunction<PassageTuning> tuningFor,
                      PassageTuning shipped) {
        int n = folds.folds();
        double[] perFold = new double[n];
        double[] thresholds = new double[n];
        int answered = 0;
        int right = 0;
        int inScope = 0;
        int outScope = 0;
        int outAnswered = 0;
        List<Calibration.Trial> trials = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            int test = f;
            int testOut = (f + 1) % n;
            PassageTuning tuning = tuningFor.apply(f);
            // each fitting fold is left out in turn, so every fitting question is seen in and out of scope
            List<PassageDecision.Example> examples = new ArrayList<>();
            for (int r = 2; r < n; r++) {
                examples.addAll(examples(passages, vectors, articleOf, questions, questionVectors, folds, tuning,
                        (f + r) % n, q -> folds.of(q.article()) != test && folds.of(q.article()) != testOut));
            }
            thresholds[f] = threshold(examples);
            PassageDecision decision = PassageDecision.fit(examples, thresholds[f]);
            PassageIndex index = without(passages, vectors, articleOf, folds, testOut, tuning);
            int foldAnswered = 0;
            int foldRight = 0;
            for (int q = 0; q < questions.size(); q++) {
                Question question = questions.get(q);
                int qf = folds.of(question.article());
                if (qf != test && qf != testOut) {
                    continue;
                }
                var retrieval = index.retrieve(question.text(), questionVectors.get(q), decision, 1);
                boolean in = qf == test;
                boolean correct = in && question.right().contains((int) retrieval.best().orElseThrow().id());
                trials.add(new Calibration.Trial(retrieval.confidence(), in, correct));
                inScope += in ? 1 : 0;
                outScope += in ? 0 : 1;
                if (retrieval.confident()) {
                    foldAnswered++;
                    foldRight += correct ? 1 : 0;
                    outAnswered += in ? 0 : 1;
                }
            }
            perFold[f] = foldAnswered == 0 ? 1 : (double) foldRight / foldAnswered;
            answered += foldAnswered;
            right += foldRight;
        }
        List<PassageDecision.Example> every = new ArrayList<>();
        for (int left = 0; left < n; left++) {
            every.addAll(examples(passages, vectors, articleOf, questions, questionVectors, folds, shipped, left, q -> true));
        }
        double shippedThreshold = threshold(every);
        return new Result(new ArticleFolds.Rates(perFold, answered == 0 ? 1 : (double) right / answered), answered,
                right, (double) right / Math.max(1, inScope), (double) outAnswered / Math.max(1, outScope), thresholds,
                PassageDecision.fit(every, shippedThreshold).weights(), shippedThreshold, trials);
    }

    /** The lowest threshold at which the decision fitted on the examples is {@link #PRECISION_TARGET} precise on them. */
    static double threshold(List<PassageDecision.Example> examples) {
        PassageDecision decision = PassageDecision.fit(examples, 0.5);
        // in- and out-of-scope questions weigh half each, as in the held-out test, whatever their numbers here
        long inScope = examples.stream().filter(PassageDecision.Example::inScope).count();
        double inWeight = 0.5 / Math.max(1, inScope);
        double outWeight = 0.5 / Math.max(1, examples.size() - inScope);
        for (double t : THRESHOLDS) {
            int answered = 0;
            double weighed = 0;
            double right = 0;
            for (var e : examples) {
                if (decision.probability(e.features()) >= t) {
                    answered++;
                    weighed += e.inScope() ? inWeight : outWeight;
                    right += e.correct() ? inWeight : 0;
                }
            }
            if (answered >= MIN_ANSWERED && right / weighed >= PRECISION_TARGET) {
                return t;
            }
        }
        return THRESHOLDS[THRESHOLDS.length - 1];
    }

    private static List<PassageDecision.Example> examples(List<Passage> passages, List<float[][]> vectors,
                                                          List<Integer> articleOf,
                                                          List<Question> questions, List<float[]> questionVectors,
                                                          ArticleFolds folds, PassageTuning tuning, int left,
                                                          java.util.function.Predicate<Question> use) {
        PassageIndex index = without(passages, vectors, articleOf, folds, left, tuning);
        List<PassageDecision.Example> out = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            if (!use.test(question)) {
                continue;
            }
            boolean in = folds.of(question.article()) != left;
            var decided = index.decided(question.text(), questionVectors.get(q)).orElseThrow();
            boolean correct = in && question.right().contains((int) decided.best().passage().id());
            out.add(new PassageDecision.Example(decided.features(), correct, in));
        }
        return out;
    }

    private static PassageIndex without(List<Passage> passages, List<float[][]> vectors, List<Integer> articleOf,
                                        ArticleFolds folds, int left, PassageTuning tuning) {
        List<Passage> kept = new ArrayList<>();
        List<float[][]> keptVectors = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            if (folds.of(articleOf.get(p)) != left) {
                kept.add(passages.get(p));
                keptVectors.add(vectors.get(p));
            }
        }
        return PassageIndex.over(kept, keptVectors, tuning);
    }
}
