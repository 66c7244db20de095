package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passages of a shop's pages and files, searched two ways and fused: BM25 over their words and MiniLM cosine over
 * their vectors, each scaled to 0-1 over the two top-50 lists and added with weights, together with the share of
 * the question's rare words each passage holds ({@link PassageTuning}); {@link #retrieve} adds the calibrated
 * decision whether the best passage answers ({@link PassageDecision}). Immutable; build a new one when the
 * passages change.
 */
public final class PassageIndex {

    /** How a ranking is made: words only, vectors only, or both fused. */
    public enum Mode { LEXICAL, DENSE, HYBRID }

    /** How deep each ranking is read for the fusion. */
    private static final int FUSED_DEPTH = 50;

    /** One passage in a ranking, with its score in that ranking (for HYBRID, the fused one). */
    public record Ranked(Passage passage, int position, double score) {
    }

    private final List<Passage> passages;
    private final List<float[][]> vectors;
    /** Each passage's language (a tag), whose analysis BM25 reads it and a question with. */
    private final List<String> languages;
    private final Bm25 lexical;
    private final PassageTuning tuning;

    private PassageIndex(List<Passage> passages, List<float[][]> normalized, List<String> languages,
                         PassageTuning tuning) {
        this(passages, normalized, languages, tuning, new Bm25(passages.stream().map(Passage::searchable).toList(),
                languages, tuning.k1(), tuning.b(), tuning.fullStemming(), tuning.pairs()));
    }

    private PassageIndex(List<Passage> passages, List<float[][]> normalized, List<String> languages,
                         PassageTuning tuning, Bm25 lexical) {
        if (passages.size() != normalized.size() || passages.size() != languages.size()) {
            throw new IllegalArgumentException(passages.size() + " passages but " + normalized.size() + " vectors and "
                    + languages.size() + " languages");
        }
        this.passages = List.copyOf(passages);
        this.vectors = normalized;
        this.languages = List.copyOf(languages);
        this.tuning = tuning;
        this.lexical = lexical;
    }

    /**
     * An index over the passages and their vectors: for each passage (same order) the vectors of
     * {@link PassageVectors#texts}, from the embedder that embeds questions.
     */
    public static PassageIndex over(List<Passage> passages, List<float[][]> vectors) {
        return over(passages, vectors, PassageTuning.DEFAULT);
    }

    /** {@link #over(List, List)} with other settings (for {@code eval}, which chooses them). */
    public static PassageIndex over(List<Passage> passages, List<float[][]> vectors, PassageTuning tuning) {
        return over(passages, vectors, java.util.Collections.nCopies(passages.size(), Bm25.ENGLISH), tuning);
    }

    /**
     * {@link #over(List, List)} with each passage's language (a tag, same order): a passage in German is read with
     * German stop words and stemming ({@link LexicalAnalysis}), and so is a question for it; English (or a tag the
     * analysis does not know well) keeps the English stemming of {@link PassageTuning}.
     */
    public static PassageIndex over(List<Passage> passages, List<float[][]> vectors, List<String> languages,
                                    PassageTuning tuning) {
        return new PassageIndex(passages, vectors.stream().map(v -> java.util.Arrays.stream(v)
                .map(Embedder::normalize).toArray(float[][]::new)).toList(), languages, tuning);
    }

    /** The same passages and vectors ranked with other settings. */
    public PassageIndex with(PassageTuning other) {
        return tuning.sameWords(other) ? new PassageIndex(passages, vectors, languages, other, lexical)
                : new PassageIndex(passages, vectors, languages, other);
    }

    public PassageTuning tuning() {
        return tuning;
    }

    public static PassageIndex empty() {
        return new PassageIndex(List.of(), List.of(), List.of(), PassageTuning.DEFAULT);
    }

    public int size() {
        return passages.size();
    }

    public List<Passage> passages() {
        return passages;
    }

    /** The best {@code k} passages for the question, best first. */
    public List<Ranked> rank(String question, float[] questionVector, Mode mode, int k) {
        if (mode == Mode.HYBRID) {
            Bm25.Query words = lexical.words(question);
            return fused(words, lexical.scores(words), cosines(questionVector), k).stream().map(f -> f.ranked)
                    .toList();
        }
        double[] scores = mode == Mode.LEXICAL ? lexical.scores(question) : cosines(questionVector);
        int[] order = order(scores);
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, order.length); i++) {
            out.add(new Ranked(passages.get(order[i]), i, scores[order[i]]));
        }
        return out;
    }

    /** The fused ranking with the decision whether its best passage answers the question. */
    public PassageRetrieval retrieve(String question, float[] questionVector, PassageDecision decision, int k) {
        double[] cos = cosines(questionVector);
        Bm25.Query words = lexical.words(question);
        List<Fused> fused = fused(words, lexical.scores(words), cos, Math.max(5, k));
        if (fused.isEmpty()) {
            return new PassageRetrieval(List.of(), 0, decision.threshold());
        }
        double confidence = decision.probability(features(words, cos, fused));
        return new PassageRetrieval(fused.stream().limit(k).map(f -> f.ranked).toList(), confidence,
                decision.threshold());
    }

    /** The best fused passage with the decision's features for it (for fitting {@link PassageDecision}). */
    public record Decided(Ranked best, double[] features) {
    }

    /** {@link Decided} for the question; empty when no passage is a candidate. */
    public java.util.Optional<Decided> decided(String question, float[] questionVector) {
        double[] cos = cosines(questionVector);
        Bm25.Query words = lexical.words(question);
        List<Fused> fused = fused(words, lexical.scores(words), cos, 5);
        return fused.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Decided(fused.get(0).ranked, features(words, cos, fused)));
    }

    private record Fused(Ranked ranked, int index, int lexicalPosition, int densePosition) {
    }

    private List<Fused> fused(Bm25.Query words, double[] lex, double[] cos, int k) {
        int[] byWords = order(lex);
        int[] byVector = order(cos);
        Map<Integer, int[]> candidates = new HashMap<>();  // index -> {lexical position, dense position}
        for (int i = 0; i < Math.min(FUSED_DEPTH, byWords.length); i++) {
            candidates.computeIfAbsent(byWords[i], x -> new int[] {-1, -1})[0] = i;
        }
        for (int i = 0; i < Math.min(FUSED_DEPTH, byVector.length); i++) {
            candidates.computeIfAbsent(byVector[i], x -> new int[] {-1, -1})[1] = i;
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        // each score scaled to 0-1 over the candidates, so that neither ranking's units dominate
        double maxLex = Math.max(1e-9, lex[byWords[0]]);
        double maxCos = cos[byVector[0]];
        double minCos = candidates.keySet().stream().mapToDouble(d -> cos[d]).min().orElse(0);
        Map<Integer, Double> score = new HashMap<>();
        candidates.keySet().forEach(d -> score.put(d, lex[d] / maxLex
                + tuning.denseWeight() * (cos[d] - minCos) / Math.max(1e-9, maxCos - minCos)
                + (tuning.coverageWeight() == 0 ? 0 : tuning.coverageWeight() * lexical.coverage(words, d))));
        List<Integer> ranked = new ArrayList<>(candidates.keySet());
        ranked.sort(Comparator.comparingDouble((Integer d) -> -score.get(d)).thenComparingInt(d -> d));
        List<Fused> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            int d = ranked.get(i);
            out.add(new Fused(new Ranked(passages.get(d), i, score.get(d)), d, candidates.get(d)[0],
                    candidates.get(d)[1]));
        }
        return out;
    }

    /**
     * Bias; the best passage's cosine; the share of the question's rare words it contains; whether both rankings
     * put it first; how far its cosine stands above the next passage's; and how far its fused score stands above
     * the next passage's, as a share of the highest possible fused score; and the share of the next four passages
     * from the best one's page (a question the pages answer finds one page, one they do not finds scattered ones);
     * and one over the number of the question's distinct words, since a passage holding every word of "What is
     * Listeria?" says far less than one holding every word of a long question; and whether BM25 alone puts it
     * first (coverage and the vectors can lift a passage above BM25's best, and such a lift is weaker evidence).
     */
    private double[] features(Bm25.Query words, double[] cosines, List<Fused> fused) {
        Fused best = fused.get(0);
        double fusedMargin = fused.size() < 2 ? 1
                : (best.ranked.score() - fused.get(1).ranked.score())
                        / (1 + tuning.denseWeight() + tuning.coverageWeight());
        double top = cosines[best.index];
        double other = 0;
        for (int d = 0; d < cosines.length; d++) {
            if (d != best.index) {
                other = Math.max(other, cosines[d]);
            }
        }
        boolean agreed = best.lexicalPosition == 0 && best.densePosition == 0;
        String page = page(best.ranked.passage());
        double samePage = fused.stream().skip(1).limit(4).filter(f -> page.equals(page(f.ranked.passage()))).count()
                / 4.0;
        return new double[] {1, top, lexical.coverage(words, best.index), agreed ? 1 : 0, top - other,
            fusedMargin, samePage, 1.0 / Math.max(1, words.count()),
            best.lexicalPosition == 0 ? 1 : 0};
    }

    private static String page(Passage passage) {
        int anchor = passage.url().indexOf('#');
        return anchor < 0 ? passage.url() : passage.url().substring(0, anchor);
    }

    private double[] cosines(float[] question) {
        float[] q = Embedder.normalize(question);
        double[] out = new double[vectors.size()];
        for (int d = 0; d < out.length; d++) {
            double best = -1;
            for (float[] v : vectors.get(d)) {
                best = Math.max(best, Embedder.cosine(v, q));
            }
            out[d] = best;
        }
        return out;
    }

    private static int[] order(double[] scores) {
        return java.util.stream.IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer d) -> -scores[d]).thenComparingInt(d -> d))
                .mapToInt(Integer::intValue).toArray();
    }
}
