package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passages of a shop's pages and files, searched two ways and fused: BM25 over their words and MiniLM cosine over
 * their vectors, combined by reciprocal rank fusion; {@link #retrieve} adds the calibrated decision whether the best
 * passage answers ({@link PassageDecision}). Immutable; build a new one when the passages change.
 */
public final class PassageIndex {

    /** How a ranking is made: words only, vectors only, or both fused. */
    public enum Mode { LEXICAL, DENSE, HYBRID }

    /** The constant of reciprocal rank fusion: ranks further down weigh nearly as little as the tenth one. */
    private static final int RRF_K = 60;
    /** How deep each ranking is read for the fusion. */
    private static final int FUSED_DEPTH = 50;
    /**
     * The dense ranking's weight in the fusion: MiniLM alone ranks the right passage first far less often than BM25
     * on the passages measured (docs/knowledge.md), so its votes count half.
     */
    private static final double DENSE_WEIGHT = 0.5;

    /** One passage in a ranking, with its score in that ranking (for HYBRID, the fused one). */
    public record Ranked(Passage passage, int position, double score) {
    }

    private final List<Passage> passages;
    private final List<float[][]> vectors;
    private final Bm25 lexical;

    private PassageIndex(List<Passage> passages, List<float[][]> vectors) {
        if (passages.size() != vectors.size()) {
            throw new IllegalArgumentException(passages.size() + " passages but " + vectors.size() + " vectors");
        }
        this.passages = List.copyOf(passages);
        this.vectors = vectors.stream().map(v -> java.util.Arrays.stream(v).map(Embedder::normalize)
                .toArray(float[][]::new)).toList();
        this.lexical = new Bm25(passages.stream().map(Passage::searchable).toList());
    }

    /**
     * An index over the passages and their vectors: for each passage (same order) the vectors of
     * {@link PassageVectors#texts}, from the embedder that embeds questions.
     */
    public static PassageIndex over(List<Passage> passages, List<float[][]> vectors) {
        return new PassageIndex(passages, vectors);
    }

    public static PassageIndex empty() {
        return new PassageIndex(List.of(), List.of());
    }

    public int size() {
        return passages.size();
    }

    public List<Passage> passages() {
        return passages;
    }

    /** The best {@code k} passages for the question, best first. */
    public List<Ranked> rank(String question, float[] questionVector, Mode mode, int k) {
        int[] order = switch (mode) {
            case LEXICAL -> order(lexical.scores(question));
            case DENSE -> order(cosines(questionVector));
            case HYBRID -> null;
        };
        if (order != null) {
            double[] scores = mode == Mode.LEXICAL ? lexical.scores(question) : cosines(questionVector);
            List<Ranked> out = new ArrayList<>();
            for (int i = 0; i < Math.min(k, order.length); i++) {
                out.add(new Ranked(passages.get(order[i]), i, scores[order[i]]));
            }
            return out;
        }
        return fused(question, questionVector, k).stream().map(f -> f.ranked).toList();
    }

    /** The fused ranking with the decision whether its best passage answers the question. */
    public PassageRetrieval retrieve(String question, float[] questionVector, PassageDecision decision, int k) {
        List<Fused> fused = fused(question, questionVector, k);
        if (fused.isEmpty()) {
            return new PassageRetrieval(List.of(), 0, decision.threshold());
        }
        double confidence = decision.probability(features(question, questionVector, fused.get(0)));
        return new PassageRetrieval(fused.stream().map(f -> f.ranked).toList(), confidence, decision.threshold());
    }

    /** The decision's features for the best fused passage (for fitting {@link PassageDecision}). */
    public double[] decisionFeatures(String question, float[] questionVector) {
        List<Fused> fused = fused(question, questionVector, 1);
        return fused.isEmpty() ? null : features(question, questionVector, fused.get(0));
    }

    private record Fused(Ranked ranked, int index, int lexicalPosition, int densePosition) {
    }

    private List<Fused> fused(String question, float[] questionVector, int k) {
        int[] byWords = order(lexical.scores(question));
        int[] byVector = order(cosines(questionVector));
        Map<Integer, double[]> fusion = new HashMap<>();  // index -> {score, lexical position, dense position}
        for (int i = 0; i < Math.min(FUSED_DEPTH, byWords.length); i++) {
            fusion.computeIfAbsent(byWords[i], x -> new double[] {0, -1, -1});
            fusion.get(byWords[i])[0] += 1.0 / (RRF_K + i + 1);
            fusion.get(byWords[i])[1] = i;
        }
        for (int i = 0; i < Math.min(FUSED_DEPTH, byVector.length); i++) {
            fusion.computeIfAbsent(byVector[i], x -> new double[] {0, -1, -1});
            fusion.get(byVector[i])[0] += DENSE_WEIGHT / (RRF_K + i + 1);
            fusion.get(byVector[i])[2] = i;
        }
        List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>(fusion.entrySet());
        ranked.sort(Comparator.comparingDouble((Map.Entry<Integer, double[]> e) -> -e.getValue()[0])
                .thenComparingInt(Map.Entry::getKey));
        List<Fused> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            var e = ranked.get(i);
            out.add(new Fused(new Ranked(passages.get(e.getKey()), i, e.getValue()[0]), e.getKey(),
                    (int) e.getValue()[1], (int) e.getValue()[2]));
        }
        return out;
    }

    /**
     * Bias; the best passage's cosine; the share of the question's rare words it contains; whether both rankings
     * put it first; and how far its cosine stands above the next passage's.
     */
    private double[] features(String question, float[] questionVector, Fused best) {
        double[] cosines = cosines(questionVector);
        double top = cosines[best.index];
        double other = 0;
        for (int d = 0; d < cosines.length; d++) {
            if (d != best.index) {
                other = Math.max(other, cosines[d]);
            }
        }
        boolean agreed = best.lexicalPosition == 0 && best.densePosition == 0;
        return new double[] {1, top, lexical.coverage(question, best.index), agreed ? 1 : 0, top - other};
    }

    private double[] cosines(float[] question) {
        float[] q = Embedder.normalize(question);
        double[] out = new double[vectors.size()];
        for (int d = 0; d < out.length; d++) {
            double best = -1;
            for (float[] v : vectors.get(d)) {
                double dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += v[i] * q[i];
                }
                best = Math.max(best, dot);
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
