package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable in-memory index over an FAQ's phrasings, with the answer model trained on them when it is built.
 *
 * <p>Ranking fuses two views of every entry: the probability of a softmax head trained on the FAQ's own phrasings
 * (sentence vector plus hashed words) and the cosine of the entry's closest phrasing; the fused score is
 * {@code log p(entry) + cosine / t}, t = 0.05 (0.1 in an FAQ of few phrasings per entry). The confidence of a ranking is the estimated probability that its best
 * entry is the right answer ({@link AnswerModel}: cosine features weighed by a model fitted on the FAQ's own
 * phrasings when the index is built, and on held-out questions when given, together with the head's probability
 * for the best entry). Indexes above {@value #EXACT_LIMIT} phrasings shortlist candidate phrasings by
 * their sign codes before scoring them exactly.
 */
public final class FaqIndex {

    /** One phrasing of an entry, with its unit vector. */
    public record Phrasing(long entryId, String text, float[] vector) {
    }

    /**
     * The ranked entries for a question and what the decisions are made on.
     *
     * @param matches    the best entries, best first
     * @param confidence the estimated probability that the best entry is the right answer
     * @param choices    how many of the top entries {@code inTopK} is about (k)
     * @param inTopK     the estimated probability that the right entry is among the top {@code choices} entries
     *                   (0 when the question matched nothing)
     * @param shares     per match, the head's probability for it among the entries ranked (the cosines' softmax
     *                   in an untrained index), to leave hopeless entries out of the choices
     */
    public record Ranking(List<FaqMatch> matches, double confidence, int choices, double inTopK, List<Double> shares) {

        public Ranking {
            matches = List.copyOf(matches);
            shares = List.copyOf(shares);
        }

        /** A ranking without the clarify estimate. */
        public Ranking(List<FaqMatch> matches, double confidence) {
            this(matches, confidence, 0, 0, java.util.Collections.nCopies(matches.size(), 0.0));
        }
    }

    /** The k the clarify estimate is about when {@link #rank(String, float[], int, Set, int)} is not told. */
    public static final int DEFAULT_CHOICES = 3;

    static final int EXACT_LIMIT = 4096;
    static final int SHORTLIST = 256;
    static final double COSINE_TEMPERATURE = 0.05;
    /**
     * The cosine's temperature in an FAQ of at most {@value #FEW_PHRASINGS} phrasings per entry on average: the head
     * trained on few phrasings deserves more say (cross-validated: HWU64 at 5 per intent +1.8 points top-1, the
     * multi-domain FAQ +0.6, BANKING77 at 10 +0.1, the sample FAQ +0.8; the full BANKING77 FAQ lost 0.3 with it).
     */
    static final double FEW_SHOT_TEMPERATURE = 0.1;
    static final int FEW_PHRASINGS = 20;
    private static final long SEED = 42;

    private final int dimensions;
    private final float[] vectors;
    private final int[] classOfRow;
    private final FaqEntry[] entryOfClass;
    private final Map<Long, FaqEntry> entries;
    private final SoftmaxHead head;
    private final SignCodes codes;
    private final AnswerModel answerModel;
    private final ChoiceModel choiceModel;
    private final boolean trained;
    private final double cosineTemperature;
    private final List<Phrasing> phrasings;

    /**
     * Starts an index over an FAQ's entries and the phrasings (with their vectors) they are matched by; phrasings of
     * entries not given are left out. Built as it is, the index trains its head and fits its answer model on all the
     * phrasings, and shortlists by sign codes above {@value #EXACT_LIMIT} phrasings.
     */
    public static Builder over(int dimensions, List<FaqEntry> entries, List<Phrasing> phrasings) {
        return new Builder(dimensions, entries, phrasings);
    }

    /** How an index is built; each setting departs from the bot's usual index. */
    public static final class Builder {

        private final int dimensions;
        private final List<FaqEntry> entries;
        private final List<Phrasing> phrasings;
        private boolean shortlist = true;
        private boolean trainHead = true;
        private List<Phrasing> heldOut = List.of();
        private Predicate<Phrasing> fitOn = p -> true;
        private long maxHeadWeights = SoftmaxHead.MAX_WEIGHTS;

        private Builder(int dimensions, List<FaqEntry> entries, List<Phrasing> phrasings) {
            this.dimensions = dimensions;
            this.entries = entries;
            this.phrasings = phrasings;
        }

        /** Scores every phrasing exactly even in a large index (for speed comparisons). */
        public Builder exact() {
            shortlist = false;
            return this;
        }

        /**
         * Fits the confidence on held-out questions as well as on the FAQ's own phrasings, e.g. questions customers
         * asked with the entry that answered them.
         *
         * @param questions questions with their vectors and the id of the entry that answers them; an id that is not
         *                  an entry of the index marks a question the FAQ cannot answer
         */
        public Builder heldOut(List<Phrasing> questions) {
            heldOut = questions;
            return this;
        }

        /**
         * For the vectors of an encoder adapted to this FAQ: fits the answer model only on the phrasings the encoder
         * was not trained on, since the trained ones sit much closer to each other than customers' questions will
         * come to them (fitted on those, the bot would reject most answerable questions).
         *
         * @param unseen the phrasings held out of the encoder's training; with none, it fits on all phrasings
         */
        public Builder adapted(Predicate<Phrasing> unseen) {
            fitOn = unseen;
            return this;
        }

        /**
         * Ranks by the closest phrasing's cosine alone, built in a second: it stands in while the answer model of a
         * large FAQ is trained. Its confidence comes from the prior answer model (not fitted to this FAQ), with the
         * cosines' softmax in place of the head's probability.
         */
        public Builder untrained() {
            trainHead = false;
            return this;
        }

        /** Lowers the head's size limit (see {@link SoftmaxHead#MAX_WEIGHTS}), to test a large FAQ's fallback. */
        Builder maxHeadWeights(long weights) {
            maxHeadWeights = weights;
            return this;
        }

        public FaqIndex build() {
            return new FaqIndex(dimensions, entries, phrasings, shortlist, trainHead, heldOut, fitOn, maxHeadWeights);
        }
    }

    private FaqIndex(int dimensions, List<FaqEntry> entries, List<Phrasing> phrasings, boolean shortlist,
                     boolean trainHead, List<Phrasing> heldOut, Predicate<Phrasing> fitOn, long maxHeadWeights) {
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
        // too large to train: built as the untrained stand-in, for good
        trainHead = trainHead && SoftmaxHead.fits(classes.size(), dimensions, kept.size(), maxHeadWeights);
        this.trained = trainHead && classes.size() > 1;
        this.cosineTemperature = kept.size() <= FEW_PHRASINGS * classes.size() ? FEW_SHOT_TEMPERATURE
                : COSINE_TEMPERATURE;
        this.head = SoftmaxHead.train(rows, words, classOfRow, classes.size(),
                trainHead ? SoftmaxHead.Options.forSize(rows.length) : SoftmaxHead.Options.UNTRAINED, SEED);
        this.codes = shortlist && kept.size() > EXACT_LIMIT ? new SignCodes(vectors, dimensions, kept.size()) : null;
        List<AnswerModel.Example> examples = new ArrayList<>();
        for (Phrasing q : entryOfClass.length == 0 ? List.<Phrasing>of() : heldOut) {
            Scored r = scored(q.text(), q.vector(), 1, Set.of());
            boolean answerable = this.entries.containsKey(q.entryId());
            examples.add(new AnswerModel.Example(r.features(),
                    answerable && r.matches().get(0).entryId() == q.entryId(), answerable));
        }
        // the stand-in for a large FAQ goes live at once with the prior model; the trained index fits its own
        boolean prior = entryOfClass.length == 0 || !trainHead;
        int[] fitRows = fitRows(kept, fitOn);
        this.answerModel = prior ? AnswerModel.DEFAULT
                : AnswerModel.fit(classOfRow.length, classOfRow, entryOfClass.length, this::cosinesOfRow, examples,
                        fitRows);
        this.choiceModel = prior ? ChoiceModel.DEFAULT
                : ChoiceModel.fit(classOfRow.length, classOfRow, entryOfClass.length, this::cosinesOfRow,
                        AnswerModel.sampledRows(classOfRow.length, fitRows));
    }

    /** The rows the answer model may learn from: those {@code fitOn} accepts, or all when it accepts none. */
    private static int[] fitRows(List<Phrasing> kept, Predicate<Phrasing> fitOn) {
        int[] rows = java.util.stream.IntStream.range(0, kept.size()).filter(r -> fitOn.test(kept.get(r))).toArray();
        return rows.length > 0 ? rows : java.util.stream.IntStream.range(0, kept.size()).toArray();
    }

    /** An index of no entries, which finds nothing. */
    public static FaqIndex empty(int dimensions) {
        return over(dimensions, List.of(), List.of()).build();
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
        return rank(text, query, limit, Set.of());
    }

    /**
     * Ranks the entries for a question, leaving out the {@code excluded} ones (as if the FAQ did not have them); the
     * confidence is the estimated probability that the best remaining entry is the right answer.
     */
    public Ranking rank(String text, float[] query, int limit, Set<Long> excluded) {
        return rank(text, query, limit, excluded, DEFAULT_CHOICES);
    }

    /**
     * Ranks as {@link #rank(String, float[], int, Set)} does, with the clarify estimate about the top {@code choices}
     * entries (1 to {@value ChoiceModel#MAX_K}).
     */
    public Ranking rank(String text, float[] query, int limit, Set<Long> excluded, int choices) {
        if (choices < 1 || choices > ChoiceModel.MAX_K) {
            throw new IllegalArgumentException("choices must be 1 to " + ChoiceModel.MAX_K + ", got " + choices);
        }
        Scored s = scored(text, query, Math.max(limit, choices), excluded, choices);
        if (s.matches().isEmpty()) {
            return new Ranking(List.of(), 0, choices, 0, List.of());
        }
        int n = Math.min(limit, s.matches().size());
        return new Ranking(s.matches().subList(0, n), answerModel.probability(s.features(), s.topProbability()),
                choices, choiceModel.probability(s.cosines(), choices, s.topKMass()), s.shares().subList(0, n));
    }

    /**
     * The ranked entries, the answer model's cosine inputs for the best of them and the head's probability for it
     * (an untrained index: its share of the cosines' softmax).
     */
    private record Scored(List<FaqMatch> matches, double[] features, double topProbability, double[] cosines,
                          double topKMass, List<Double> shares) {
    }

    private Scored scored(String text, float[] query, int limit, Set<Long> excluded) {
        return scored(text, query, limit, excluded, 1);
    }

    private Scored scored(String text, float[] query, int limit, Set<Long> excluded, int k) {
        int n = entryOfClass.length;
        if (n == 0 || limit <= 0) {
            return new Scored(List.of(), null, 0, null, 0, List.of());
        }
        double[][] closest = closestPhrasings(query);
        double[] cosine = closest[0];
        double[] score = new double[n];
        head.probabilities(query, LexicalFeatures.buckets(text), score);
        double[] probability = score.clone();
        List<Integer> order = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            score[c] = Math.log(score[c] + 1e-12) + cosine[c] / cosineTemperature;
            if (!excluded.contains(entryOfClass[c].id())) {
                order.add(c);
            }
        }
        if (order.isEmpty()) {
            return new Scored(List.of(), null, 0, null, 0, List.of());
        }
        order.sort((a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
                : Long.compare(entryOfClass[a].id(), entryOfClass[b].id()));
        List<FaqMatch> out = new ArrayList<>(Math.min(limit, order.size()));
        for (int i = 0; i < order.size() && i < limit; i++) {
            FaqEntry e = entryOfClass[order.get(i)];
            out.add(new FaqMatch(e.id(), e.question(), e.answer(), cosine[order.get(i)]));
        }
        int top = order.get(0);
        double other = -1;
        for (int c : order) {
            other = c == top ? other : Math.max(other, cosine[c]);
        }
        double sum = 0;
        double[] share = new double[order.size()];
        double[] cosines = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            int c = order.get(i);
            share[i] = trained ? probability[c] : Math.exp(score[c] - score[top]);
            sum += share[i];
            cosines[i] = -cosine[c];
        }
        Arrays.sort(cosines);
        for (int i = 0; i < cosines.length; i++) {
            cosines[i] = -cosines[i];
        }
        double mass = 0;
        List<Double> shares = new ArrayList<>(out.size());
        for (int i = 0; i < share.length; i++) {
            mass += i < k ? share[i] / sum : 0;
            if (i < out.size()) {
                shares.add(share[i] / sum);
            }
        }
        return new Scored(out, AnswerModel.features(cosine[top], closest[1][top], other), share[0] / sum, cosines,
                mass, shares);
    }

    /** The cosines of one phrasing to every phrasing (the answer model's leave-one-out examples). */
    private double[] cosinesOfRow(int row) {
        float[] v = Arrays.copyOfRange(vectors, row * dimensions, (row + 1) * dimensions);
        double[] out = new double[classOfRow.length];
        for (int o = 0; o < out.length; o++) {
            out[o] = dot(v, o);
        }
        return out;
    }

    /**
     * Per entry, the cosines of its closest and second closest phrasings (the closest again for an entry of one
     * phrasing); entries off a large index's shortlist get the shortlist's lowest.
     */
    private double[][] closestPhrasings(float[] query) {
        double[] best = new double[entryOfClass.length];
        double[] second = new double[entryOfClass.length];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        Arrays.fill(second, Double.NEGATIVE_INFINITY);
        double lowest = 1;
        int[] rows = codes == null ? null : codes.nearest(codes.encode(query), SHORTLIST);
        int count = rows == null ? classOfRow.length : rows.length;
        for (int i = 0; i < count; i++) {
            int row = rows == null ? i : rows[i];
            double s = dot(query, row);
            lowest = Math.min(lowest, s);
            int c = classOfRow[row];
            if (s > best[c]) {
                second[c] = best[c];
                best[c] = s;
            } else if (s > second[c]) {
                second[c] = s;
            }
        }
        for (int c = 0; c < best.length; c++) {
            if (best[c] == Double.NEGATIVE_INFINITY) {
                best[c] = rows == null ? -1 : lowest;
            }
            if (second[c] == Double.NEGATIVE_INFINITY) {
                second[c] = best[c];
            }
        }
        return new double[][] {best, second};
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
