package org.answerdesk.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.answerdesk.eval.SquadFile.Question;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageIndex;
import org.answerdesk.retrieval.PassageTuning;
import org.answerdesk.retrieval.PassageVectors;

/**
 * {@code eval --knowledge FILE.json}: passage retrieval on a question set in SQuAD format. The articles are cut into
 * passages as the bot cuts a long section (200 words, a new one every 150); a question's right passages are those
 * holding its answer's first character. Everything is cross-validated over articles in five folds: the ranking's
 * settings ({@link #GRID}) are chosen on the other folds' questions and each fold's hit rates are those of its own
 * questions; the no-LLM answer is scored by {@link PassageAnswerFolds}.
 */
final class KnowledgeEval {

    static final int WORDS = 200;
    static final int STRIDE = 150;
    static final int FOLDS = 5;
    static final long SEED = 26;

    /** The settings chosen among: BM25 k1/b, stemming, word pairs, and the dense and coverage weights in the fusion. */
    static final List<PassageTuning> GRID = grid();

    private KnowledgeEval() {
    }

    private static List<PassageTuning> grid() {
        List<PassageTuning> out = new ArrayList<>();
        for (boolean pairs : new boolean[] {false, true}) {
            for (boolean stems : new boolean[] {false, true}) {
                for (double[] kb : new double[][] {{1.2, 0.75}, {0.9, 0.4}}) {
                    for (double w : new double[] {0.7, 1.0, 1.5}) {
                        for (double c : new double[] {0, 1, 2}) {
                            out.add(new PassageTuning(kb[0], kb[1], stems, pairs, w, c));
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    static int run(Path file, boolean json, Embedder embedder, Path cache, PrintStream out) throws IOException {
        long start = System.nanoTime();
        SquadFile squad = SquadFile.read(file, WORDS, STRIDE);
        List<Passage> passages = squad.passages();
        List<Question> questions = squad.questions();
        VectorCache vectorCache = new VectorCache(embedder, cache);
        List<float[][]> passageVectors = new ArrayList<>();
        List<List<String>> texts = passages.stream().map(PassageVectors::texts).toList();
        List<float[]> flat = vectorCache.vectors(texts.stream().flatMap(List::stream).toList());
        int next = 0;
        for (List<String> t : texts) {
            passageVectors.add(flat.subList(next, next + t.size()).toArray(float[][]::new));
            next += t.size();
        }
        List<float[]> questionVectors = vectorCache.vectors(questions.stream().map(Question::text).toList());

        ArticleFolds folds = new ArticleFolds(squad.articles(), Math.min(FOLDS, squad.articles()), SEED);
        int[] foldOf = questions.stream().mapToInt(q -> folds.of(q.article())).toArray();
        PassageIndex all = PassageIndex.over(passages, passageVectors);
        int[] dense = positions(all, questions, questionVectors, PassageIndex.Mode.DENSE);
        List<int[]> lexical = new ArrayList<>();
        List<int[]> hybrid = new ArrayList<>();
        PassageIndex index = all;
        for (PassageTuning t : GRID) {
            boolean sameWords = index.tuning().sameWords(t);
            index = index.with(t);
            // the fusion's weights do not change the ranking by words
            lexical.add(sameWords && !lexical.isEmpty() ? lexical.get(lexical.size() - 1)
                    : positions(index, questions, questionVectors, PassageIndex.Mode.LEXICAL));
            hybrid.add(positions(index, questions, questionVectors, PassageIndex.Mode.HYBRID));
        }
        int[] lexicalHeldOut = heldOut(lexical, foldOf, folds.folds());
        int[] hybridHeldOut = heldOut(hybrid, foldOf, folds.folds());
        PassageTuning chosen = GRID.get(ArticleFolds.best(scores(hybrid), q -> true));
        var answers = PassageAnswerFolds.run(passages, passageVectors, squad.articleOf(), questions, questionVectors, folds,
                fold -> GRID.get(ArticleFolds.best(scores(hybrid), q -> foldOf[q] != fold
                        && foldOf[q] != (fold + 1) % folds.folds())), chosen);
        double seconds = (System.nanoTime() - start) / 1e9;

        var rates = new ArticleFolds.Rates[][] {
            at(lexicalHeldOut, foldOf, folds), at(dense, foldOf, folds), at(hybridHeldOut, foldOf, folds)};
        String[] names = {"lexical", "dense", "hybrid"};
        if (json) {
            StringBuilder s = new StringBuilder("{");
            for (int r = 0; r < names.length; r++) {
                s.append(String.format(Locale.ROOT, "\"%s\": {\"hit_at_1\": %.4f, \"hit_at_5\": %.4f, "
                                + "\"hit_at_1_sd\": %.4f, \"hit_at_5_sd\": %.4f}, ", names[r], rates[r][0].pooled(),
                        rates[r][1].pooled(), rates[r][0].sd(), rates[r][1].sd()));
            }
            out.println(s.append(answers.json()).append(String.format(Locale.ROOT,
                    ", \"questions\": %d, \"passages\": %d, \"articles\": %d, \"folds\": %d}", questions.size(),
                    passages.size(), squad.articles(), folds.folds())));
            return 0;
        }
        out.printf(Locale.ROOT, "%d questions, %d articles, %d passages (%d words, stride %d); %.1f s%n",
                questions.size(), squad.articles(), passages.size(), WORDS, STRIDE, seconds);
        out.printf(Locale.ROOT, "held-out articles, %d folds (settings chosen on the other folds), mean ± sd over "
                + "folds [all held-out questions]%n", folds.folds());
        out.printf(Locale.ROOT, "%-8s %-24s %-24s%n", "ranking", "hit@1", "hit@5");
        for (int r = 0; r < names.length; r++) {
            out.printf(Locale.ROOT, "%-8s %-24s %-24s%n", names[r], rates[r][0] + " [" + fmt(rates[r][0].pooled())
                    + "]", rates[r][1] + " [" + fmt(rates[r][1].pooled()) + "]");
        }
        out.println("settings chosen on every question (shipped as PassageTuning.DEFAULT): " + chosen);
        out.println("every setting on every question (not held out; for reading only):");
        for (int t = 0; t < GRID.size(); t++) {
            int[] h = hybrid.get(t);
            int[] l = lexical.get(t);
            out.printf(Locale.ROOT, "  %-36s hybrid %s %s  lexical %s %s%n", GRID.get(t),
                    fmt(share(h, 1)), fmt(share(h, 5)), fmt(share(l, 1)), fmt(share(l, 5)));
        }
        answers.print(out);
        return 0;
    }

    /** For each question, the position (0-4) of its first right passage in the top five, else -1. */
    private static int[] positions(PassageIndex index, List<Question> questions, List<float[]> vectors,
                                   PassageIndex.Mode mode) {
        int[] out = new int[questions.size()];
        for (int q = 0; q < questions.size(); q++) {
            var ranked = index.rank(questions.get(q).text(), vectors.get(q), mode, 5);
            out[q] = -1;
            for (int i = 0; i < ranked.size() && out[q] < 0; i++) {
                if (questions.get(q).right().contains((int) ranked.get(i).passage().id())) {
                    out[q] = i;
                }
            }
        }
        return out;
    }

    /** Scores for choosing a setting: 2 for a first-place hit, 1 for a hit in the top five. */
    private static List<int[]> scores(List<int[]> positions) {
        return positions.stream().map(p -> java.util.Arrays.stream(p).map(x -> x == 0 ? 2 : x > 0 ? 1 : 0)
                .toArray()).toList();
    }

    /** Each question's position under the setting chosen on the other folds' questions. */
    private static int[] heldOut(List<int[]> positions, int[] foldOf, int folds) {
        int[] out = new int[foldOf.length];
        List<int[]> scores = scores(positions);
        for (int f = 0; f < folds; f++) {
            int fold = f;
            int[] chosen = positions.get(ArticleFolds.best(scores, q -> foldOf[q] != fold));
            for (int q = 0; q < out.length; q++) {
                if (foldOf[q] == f) {
                    out[q] = chosen[q];
                }
            }
        }
        return out;
    }

    private static ArticleFolds.Rates[] at(int[] positions, int[] foldOf, ArticleFolds folds) {
        return new ArticleFolds.Rates[] {
            ArticleFolds.rates(folds.folds(), foldOf, q -> positions[q] == 0),
            ArticleFolds.rates(folds.folds(), foldOf, q -> positions[q] >= 0)};
    }

    private static double share(int[] positions, int k) {
        return (double) java.util.Arrays.stream(positions).filter(p -> p >= 0 && p < k).count() / positions.length;
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
