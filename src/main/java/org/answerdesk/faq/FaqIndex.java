package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable in-memory index over an FAQ's phrasings, with the answer model trained on them when it is built.
 *
 * <p>Ranking fuses two views of every entry: the probability of a softmax head trained on the FAQ's own phrasings
 * (sentence vector plus hashed words) and the cosine of the entry's closest phrasing; the fused score is
 * {@code log p(entry) + cosine / 0.05}. The confidence of a ranking is the cosine of the top entry's closest
 * phrasing: on the dev split it separated off-topic questions from answerable ones better than the head's
 * probability or the margin between the two best entries. Indexes above {@value #EXACT_LIMIT} phrasings shortlist
 * candidate phrasings by their sign codes before scoring them exactly.
 */
public final class FaqIndex {

    /** One phrasing of an entry, with its unit vector. */
    public record Phrasing(long entryId, String text, float[] vector) {
    }

    /** The ranked entries for a question and the confidence the answer decision is made on. */
    public record Ranking(List<FaqMatch> matches, double confidence) {
    }

    static final int EXACT_LIMIT = 4096;
    static final int SHORTLIST = 256;
    static final double COSINE_TEMPERATURE = 0.05;
    private static final long SEED = 42;

    private final int dimensions;
    private final float[] vectors;
    private final int[] classOfRow;
    private final FaqEntry[] entryOfClass;
    private final Map<Long, FaqEntry> entries;
    private final SoftmaxHead head;
    private final SignCodes codes;
    private final double[] calibration;
    private final List<Phrasing> phrasings;

    public FaqIndex(int dimensions, List<FaqEntry> entries, List<Phrasing> phrasings) {
        this(dimensions, entries, phrasings, true);
    }

    /** @param shortlist false scores every phrasing exactly even in a large index (for speed comparisons) */
    public FaqIndex(int dimensions, List<FaqEntry> entries, List<Phrasing> phrasings, boolean shortlist) {
        this(dimensions, entries, phrasings, shortlist, true, null);
    }

    /**
     * An index whose confidence is calibrated on the given cosines instead of the leave-one-out cosines of its own
     * phrasings: for an encoder trained on those phrasings (which then sit unnaturally close to each other), the
     * cosines of phrasings held out of the training to the closest other phrasing of their entry.
     *
     * @param calibrationCosines questions' cosines to the closest phrasing of their right entry; empty or null: the
     *                           leave-one-out cosines
     */
    public FaqIndex(int dimensions, List<FaqEntry> entries, List<Phrasing> phrasings, double[] calibrationCosines) {
        this(dimensions, entries, phrasings, true, true, calibrationCosines);
    }

    /**
     * An index that ranks by the closest phrasing's cosine alone, built in a fraction of a second: it stands in
     * while the answer model of a large FAQ is trained. Its confidence is computed as the trained index's (the
     * calibrated cosine of the top entry's closest phrasing).
     */
    static FaqIndex untrained(int dimensions, List<FaqEntry> entries, List<Phrasing> phrasings) {
        return new FaqIndex(dimensions, entries, phrasings, true, false, null);
    }

    private FaqIndex(int dimensions, List<FaqEntry> entries, List<Phrasing> phrasings, boolean shortlist,
                     boolean trainHead, double[] calibrationCosines) {
        this.dimensions = dimensions;
        this.entries = new HashMap<>();
        for (FaqEntry e : entries) {
            this.entries.put(e.id(), e);
        }
        List<Phrasing> kept = phrasings.stream().filter(p -> this.entries.containsKey(p.entryId())).toList();
        this.phrasings = kept;
        Map<Long, Integer> classOf = new HashMap<>();
        List<FaqEntry> classes = new ArrayList<>();
        this.vectors = new float[kept.size() * dimensions];
        this.classOfRow = new int[kept.size()];
        float[][] rows = new float[kept.size()][];
        int[][] words = new int[kept.size()][];
        for (int row = 0; row < kept.size(); row++) {
            Phrasing p = kept.get(row);
            if (p.vector().length != dimensions) {
                throw new IllegalArgumentException("vector of phrasing '" + p.text() + "' has " + p.vector().length
                        + " dimensions, expected " + dimensions);
            }
            System.arraycopy(p.vector(), 0, vectors, row * dimensions, dimensions);
            classOfRow[row] = classOf.computeIfAbsent(p.entryId(), id -> {
                classes.add(this.entries.get(id));
                return classes.size() - 1;
            });
            rows[row] = p.vector();
            words[row] = LexicalFeatures.buckets(p.text());
        }
        this.entryOfClass = classes.toArray(FaqEntry[]::new);
        this.head = SoftmaxHead.train(rows, words, classOfRow, classes.size(),
                trainHead ? SoftmaxHead.Options.forSize(rows.length) : SoftmaxHead.Options.UNTRAINED, SEED);
        this.calibration = calibrationCosines == null || calibrationCosines.length == 0 ? calibrate()
                : Arrays.stream(calibrationCosines).sorted().toArray();
        this.codes = shortlist && kept.size() > EXACT_LIMIT ? new SignCodes(vectors, dimensions, kept.size()) : null;
    }

    public static FaqIndex empty(int dimensions) {
        return new FaqIndex(dimensions, List.of(), List.of());
    }

    public int phrasingCount() {
        return classOfRow.length;
    }

    public int entryCount() {
        return entries.size();
    }

    /** The entries and phrasings (with their vectors) the index was built from, e.g. to cross-validate it. */
    public List<FaqEntry> entries() {
        return entries.values().stream().sorted(java.util.Comparator.comparingLong(FaqEntry::id)).toList();
    }

    public List<Phrasing> phrasings() {
        return phrasings;
    }

    /** The {@code limit} best entries for a vector alone (no words), best first. */
    public List<FaqMatch> search(float[] query, int limit) {
        return rank("", query, limit).matches();
    }

    /** Ranks the entries for a question given as text and as its unit vector. */
    public Ranking rank(String text, float[] query, int limit) {
        int n = entryOfClass.length;
        if (n == 0 || limit <= 0) {
            return new Ranking(List.of(), 0);
        }
        double[] cosine = closestPhrasings(query);
        double[] score = new double[n];
        head.probabilities(query, LexicalFeatures.buckets(text), score);
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            score[c] = Math.log(score[c] + 1e-12) + cosine[c] / COSINE_TEMPERATURE;
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
                : Long.compare(entryOfClass[a].id(), entryOfClass[b].id()));
        List<FaqMatch> out = new ArrayList<>(Math.min(limit, n));
        for (int i = 0; i < n && i < limit; i++) {
            FaqEntry e = entryOfClass[order[i]];
            out.add(new FaqMatch(e.id(), e.question(), e.answer(), cosine[order[i]]));
        }
        return new Ranking(out, confidence(out.get(0).score()));
    }

    /**
     * The share of the FAQ's own phrasings that are less similar to the rest of their entry than this cosine
     * (a conformal p-value): a question scoring like a typical phrasing of its entry gets about 0.5, one less
     * similar than every phrasing gets 0. This puts FAQs of short and long, few and many phrasings on one scale.
     * An FAQ without any entry of two phrasings falls back to the raw cosine.
     */
    double confidence(double cosine) {
        if (calibration.length == 0) {
            return cosine;
        }
        int i = Arrays.binarySearch(calibration, cosine);
        int below = i >= 0 ? i : -i - 1;
        while (i >= 0 && below < calibration.length && calibration[below] <= cosine) {
            below++;
        }
        return (double) below / calibration.length;
    }

    /** Leave-one-out: each phrasing's cosine to the closest other phrasing of its entry (sampled above 2,000). */
    private double[] calibrate() {
        int rows = classOfRow.length;
        List<List<Integer>> rowsOfClass = new ArrayList<>();
        for (int c = 0; c < entryOfClass.length; c++) {
            rowsOfClass.add(new ArrayList<>());
        }
        for (int r = 0; r < rows; r++) {
            rowsOfClass.get(classOfRow[r]).add(r);
        }
        int stride = Math.max(1, rows / 2000);
        List<Double> scores = new ArrayList<>();
        for (int r = 0; r < rows; r += stride) {
            double best = Double.NEGATIVE_INFINITY;
            float[] v = Arrays.copyOfRange(vectors, r * dimensions, (r + 1) * dimensions);
            for (int o : rowsOfClass.get(classOfRow[r])) {
                if (o != r) {
                    best = Math.max(best, dot(v, o));
                }
            }
            if (best > Double.NEGATIVE_INFINITY) {
                scores.add(best);
            }
        }
        return scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Per entry, the cosine of its closest phrasing (entries off a large index's shortlist get its lowest). */
    private double[] closestPhrasings(float[] query) {
        double[] best = new double[entryOfClass.length];
        if (codes == null) {
            Arrays.fill(best, -1);
            for (int row = 0; row < classOfRow.length; row++) {
                best[classOfRow[row]] = Math.max(best[classOfRow[row]], dot(query, row));
            }
            return best;
        }
        int[] shortlist = codes.nearest(codes.encode(query), SHORTLIST);
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        double lowest = 1;
        for (int row : shortlist) {
            double s = dot(query, row);
            lowest = Math.min(lowest, s);
            best[classOfRow[row]] = Math.max(best[classOfRow[row]], s);
        }
        for (int c = 0; c < best.length; c++) {
            if (best[c] == Double.NEGATIVE_INFINITY) {
                best[c] = lowest;
            }
        }
        return best;
    }

    private double dot(float[] query, int row) {
        int offset = row * dimensions;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < dimensions; i += 4) {
            s0 += query[i] * vectors[offset + i];
            s1 += query[i + 1] * vectors[offset + i + 1];
            s2 += query[i + 2] * vectors[offset + i + 2];
            s3 += query[i + 3] * vectors[offset + i + 3];
        }
        for (; i < dimensions; i++) {
            s0 += query[i] * vectors[offset + i];
        }
        return s0 + s1 + s2 + s3;
    }
}
