package org.answerdesk.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import org.answerdesk.eval.SquadFile.Question;
import org.answerdesk.retrieval.Calibration;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageDecision;
import org.answerdesk.retrieval.PassageIndex;
import org.answerdesk.retrieval.PassageVectors;

/**
 * {@code eval --knowledge FILE.json}: passage retrieval on a question set in SQuAD format. The articles are cut into
 * passages as the bot cuts a long section (200 words, a new one every 150); a question's right passages are those
 * holding its answer's first character. Hit rates are over all questions with every article indexed; the no-LLM
 * answer's precision is cross-validated over articles in five folds: each fold's questions are answered by a
 * decision fitted on other folds' questions, with another fold's articles left out of the index so that its
 * questions are out of scope.
 */
final class KnowledgeEval {

    static final int WORDS = 200;
    static final int STRIDE = 150;
    private static final int FOLDS = 5;

    private record Hits(double at1, double at5) {
    }

    private KnowledgeEval() {
    }

    static int run(Path file, boolean json, Embedder embedder, Path cache, PrintStream out) throws IOException {
        long start = System.nanoTime();
        SquadFile squad = SquadFile.read(file, WORDS, STRIDE);
        List<Passage> passages = squad.passages();
        List<Integer> articleOf = squad.articleOf();
        List<Question> questions = squad.questions();
        int article = squad.articles();
        VectorCache cache1 = new VectorCache(embedder, cache);
        List<float[][]> passageVectors = new ArrayList<>();
        List<List<String>> texts = passages.stream().map(PassageVectors::texts).toList();
        List<float[]> flat = cache1.vectors(texts.stream().flatMap(List::stream).toList());
        int next = 0;
        for (List<String> t : texts) {
            passageVectors.add(flat.subList(next, next + t.size()).toArray(float[][]::new));
            next += t.size();
        }
        List<float[]> questionVectors = cache1.vectors(questions.stream().map(Question::text).toList());

        PassageIndex all = PassageIndex.over(passages, passageVectors);
        Hits lexical = hits(all, questions, questionVectors, PassageIndex.Mode.LEXICAL);
        Hits dense = hits(all, questions, questionVectors, PassageIndex.Mode.DENSE);
        Hits hybrid = hits(all, questions, questionVectors, PassageIndex.Mode.HYBRID);

        int[] fold = folds(article);
        double threshold = Double.parseDouble(PassageDecision.DEFAULT_THRESHOLD);
        int answered = 0;
        int right = 0;
        int inScopeTested = 0;
        int outAnswered = 0;
        int outTested = 0;
        List<PassageDecision.Example> everyExample = new ArrayList<>();
        List<Calibration.Trial> trials = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            int calibrationOut = (f + 2) % FOLDS;
            int testOut = (f + 1) % FOLDS;
            int test = f;
            var calibration = examples(passages, passageVectors, articleOf, questions, questionVectors, fold,
                    calibrationOut, q -> fold[q.article()] != test && fold[q.article()] != testOut);
            everyExample.addAll(calibration);
            PassageDecision decision = PassageDecision.fit(calibration, threshold);
            PassageIndex index = without(passages, passageVectors, articleOf, fold, testOut);
            for (int q = 0; q < questions.size(); q++) {
                Question question = questions.get(q);
                int qf = fold[question.article()];
                if (qf != test && qf != testOut) {
                    continue;
                }
                var retrieval = index.retrieve(question.text(), questionVectors.get(q), decision, 1);
                boolean inScope = qf == test;
                trials.add(new Calibration.Trial(retrieval.confidence(), inScope,
                        inScope && question.right().contains((int) retrieval.best().orElseThrow().id())));
                inScopeTested += inScope ? 1 : 0;
                outTested += inScope ? 0 : 1;
                if (retrieval.confident()) {
                    answered++;
                    outAnswered += inScope ? 0 : 1;
                    right += inScope && question.right().contains((int) retrieval.best().orElseThrow().id()) ? 1 : 0;
                }
            }
        }
        double precision = answered == 0 ? 0 : (double) right / answered;
        // the weights the bot ships (PassageDecision.FITTED) are these, fitted on every fold's calibration questions
        double[] weights = PassageDecision.fit(everyExample, threshold).weights();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            out.printf(Locale.ROOT, "{\"lexical\": %s, \"dense\": %s, \"hybrid\": %s, \"answer_precision\": %.4f, "
                            + "\"answer_rate\": %.4f, \"out_of_scope_answered\": %.4f, \"questions\": %d, "
                            + "\"passages\": %d, \"articles\": %d}%n", json(lexical), json(dense), json(hybrid),
                    precision, (double) right / inScopeTested, (double) outAnswered / Math.max(1, outTested),
                    questions.size(), passages.size(), article);
            return 0;
        }
        out.printf(Locale.ROOT, "%d questions, %d articles, %d passages (%d words, stride %d); %.1f s%n",
                questions.size(), article, passages.size(), WORDS, STRIDE, seconds);
        out.printf(Locale.ROOT, "%-8s %8s %8s%n", "ranking", "hit@1", "hit@5");
        out.printf(Locale.ROOT, "%-8s %8.3f %8.3f%n", "lexical", lexical.at1, lexical.at5);
        out.printf(Locale.ROOT, "%-8s %8.3f %8.3f%n", "dense", dense.at1, dense.at5);
        out.printf(Locale.ROOT, "%-8s %8.3f %8.3f%n", "hybrid", hybrid.at1, hybrid.at5);
        out.printf(Locale.ROOT, "no-LLM passage answers at %.2f (5-fold over articles): precision %.3f (%d of %d), "
                        + "in-scope questions answered right %.3f, out-of-scope answered %.3f%n", threshold,
                precision, right, answered, (double) right / inScopeTested,
                (double) outAnswered / Math.max(1, outTested));
        StringBuilder w = new StringBuilder();
        for (double x : weights) {
            w.append(String.format(Locale.ROOT, " %.2f", x));
        }
        out.println("decision weights fitted on every fold's calibration questions:" + w);
        Calibration calibration = new Calibration(trials);
        out.printf("%-9s %9s %9s %13s%n", "threshold", "precision", "answered", "out-of-scope");
        for (double t : new double[] {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95}) {
            var at = calibration.at(t);
            out.printf(Locale.ROOT, "%-9.2f %9.3f %9.3f %13.3f%n", t, at.precision(), at.inScopeAccuracy(),
                    1 - at.outOfScopeRecall());
        }
        return 0;
    }

    private static Hits hits(PassageIndex index, List<Question> questions, List<float[]> vectors,
                             PassageIndex.Mode mode) {
        int at1 = 0;
        int at5 = 0;
        for (int q = 0; q < questions.size(); q++) {
            var ranked = index.rank(questions.get(q).text(), vectors.get(q), mode, 5);
            List<Integer> right = questions.get(q).right();
            for (int i = 0; i < ranked.size(); i++) {
                if (right.contains((int) ranked.get(i).passage().id())) {
                    at1 += i == 0 ? 1 : 0;
                    at5++;
                    break;
                }
            }
        }
        return new Hits((double) at1 / questions.size(), (double) at5 / questions.size());
    }

    private static List<PassageDecision.Example> examples(List<Passage> passages, List<float[][]> vectors,
                                                          List<Integer> articleOf, List<Question> questions,
                                                          List<float[]> questionVectors, int[] fold, int left,
                                                          java.util.function.Predicate<Question> use) {
        PassageIndex index = without(passages, vectors, articleOf, fold, left);
        List<PassageDecision.Example> out = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            if (!use.test(question)) {
                continue;
            }
            boolean inScope = fold[question.article()] != left;
            var best = index.rank(question.text(), questionVectors.get(q), PassageIndex.Mode.HYBRID, 1);
            double[] features = index.decisionFeatures(question.text(), questionVectors.get(q));
            boolean correct = inScope && !best.isEmpty() && question.right().contains((int) best.get(0).passage().id());
            out.add(new PassageDecision.Example(features, correct, inScope));
        }
        return out;
    }

    private static PassageIndex without(List<Passage> passages, List<float[][]> vectors, List<Integer> articleOf,
                                        int[] fold, int left) {
        List<Passage> kept = new ArrayList<>();
        List<float[][]> keptVectors = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            if (fold[articleOf.get(p)] != left) {
                kept.add(passages.get(p));
                keptVectors.add(vectors.get(p));
            }
        }
        return PassageIndex.over(kept, keptVectors);
    }

    /** Each article's fold, the articles shuffled by a fixed seed. */
    private static int[] folds(int articles) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, articles).boxed().toList());
        Collections.shuffle(order, new Random(26));
        int[] fold = new int[articles];
        for (int i = 0; i < articles; i++) {
            fold[order.get(i)] = i % FOLDS;
        }
        return fold;
    }

    private static String json(Hits h) {
        return String.format(Locale.ROOT, "{\"hit_at_1\": %.4f, \"hit_at_5\": %.4f}", h.at1, h.at5);
    }
}
