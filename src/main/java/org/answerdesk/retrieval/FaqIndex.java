package org.answerdesk.retrieval;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable in-memory index over an FAQ's phrasings, with the answer model trained on them when it is built.
 *
 * <p>Ranking fuses two views of every entry: the probability of a softmax head trained on the FAQ's own phrasings
 * (sentence vector plus hashed words) and the cosine of the entry's closest phrasing; the fused score is
 * {@code log p(entry) + cosine / t}, t = 0.05 (0.1 in an FAQ of few phrasings per entry). In an FAQ of another
 * language than English ({@link Builder#language}), p is fused with the words the question shares with each entry
 * after that language's analysis ({@code LexicalScores}). The confidence of a
 * ranking is the estimated probability that its best entry is the right answer ({@link AnswerModel}: cosine
 * features weighed by a model fitted on the FAQ's own phrasings when the index is built, and on held-out questions
 * when given, together with the head's probability for the best entry). Indexes above {@value #EXACT_LIMIT}
 * phrasings shortlist candidate phrasings by their sign codes before scoring them exactly.
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
     * @param shares     per place, the head's probability among the entries ranked (the cosines' softmax in an
     *                   untrained index), to leave hopeless entries out of the choices; highest first as the exact
     *                   words order the entries, which near words may reorder ({@code EntryScorer})
     * @param far        the question is far from the FAQ ({@link OffTopic}): its entries are no choices for it
     */
    public record Ranking(List<FaqMatch> matches, double confidence, int choices, double inTopK, List<Double> shares,
                          boolean far) {

        public Ranking {
            matches = List.copyOf(matches);
            shares = List.copyOf(shares);
        }

        /** A ranking of a question not judged far from the FAQ. */
        public Ranking(List<FaqMatch> matches, double confidence, int choices, double inTopK, List<Double> shares) {
            this(matches, confidence, choices, inTopK, shares, false);
        }

        /** A ranking without the clarify estimate. */
        public Ranking(List<FaqMatch> matches, double confidence) {
            this(matches, confidence, 0, 0, Collections.nCopies(matches.size(), 0.0));
        }
    }

    /** The k the clarify estimate is about when {@link #rank(String, float[], int, Set, int)} is not told. */
    public static final int DEFAULT_CHOICES = 3;

    static final int EXACT_LIMIT = 4096;

    private final Map<Long, FaqEntry> entries;
    private final List<Phrasing> phrasings;
    private final EntryScorer scorer;
    private final AnswerModel answerModel;
    private final ChoiceModel choiceModel;
    private final OffTopic offTopic;
    private final double confidenceScale;
    private final double choiceScale;

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
        private OffTopic offTopic = OffTopic.NONE;
        private String language = "en";
        private double nearShare = FaqIndexBuild.NEAR_SHARE;
        private boolean remember;

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

        /**
         * Lowers the estimates of questions nearer to an off-topic question than to the best entry ({@link OffTopic});
         * background questions the FAQ has a near-paraphrase of are left out.
         */
        public Builder offTopic(OffTopic questions) {
            offTopic = questions;
            return this;
        }

        /**
         * The language of the FAQ's phrasings (a tag: "de", "es"...; default "en"): their words are compared with a
         * question's after that language's analysis (stemmed, stop words out, accents folded) for the lexical score
         * fused with the head's ({@code LexicalScores}).
         */
        public Builder language(String tag) {
            language = tag == null || tag.isBlank() ? "en" : tag;
            return this;
        }

        /** What a near word counts in the entries' order ({@code LexicalScores#withNearWords}); 0 for none. */
        Builder nearWords(double share) {
            nearShare = share;
            return this;
        }

        /**
         * Takes the trained head and models of an earlier remembered build of the same inputs in this JVM (the same
         * FAQ, vectors and settings: a reload, a second app), rather than training them again; the training is seeded,
         * so they are what it would give. For the live index, not for throwaway ones (a cross-validation's folds).
         */
        public Builder remembered() {
            remember = true;
            return this;
        }

        /** Lowers the head's size limit (see {@link SoftmaxHead#MAX_WEIGHTS}), to test a large FAQ's fallback. */
        Builder maxHeadWeights(long weights) {
            maxHeadWeights = weights;
            return this;
        }

        public FaqIndex build() {
            return FaqIndexBuild.build(dimensions, entries, phrasings,
                    new FaqIndexBuild.Settings(shortlist, trainHead, heldOut, fitOn, maxHeadWeights, offTopic,
                            language, nearShare, remember));
        }
    }

    /** @param entries by id, including those without phrasings (they are never ranked) */
    FaqIndex(Map<Long, FaqEntry> entries, List<Phrasing> phrasings, EntryScorer scorer, AnswerModel answerModel,
             ChoiceModel choiceModel, OffTopic offTopic) {
        this(entries, phrasings, scorer, answerModel, choiceModel, offTopic, 1, 1);
    }

    private FaqIndex(Map<Long, FaqEntry> entries, List<Phrasing> phrasings, EntryScorer scorer,
                     AnswerModel answerModel, ChoiceModel choiceModel, OffTopic offTopic, double confidenceScale,
                     double choiceScale) {
        this.confidenceScale = confidenceScale;
        this.choiceScale = choiceScale;
        this.offTopic = offTopic;
        this.entries = entries;
        this.phrasings = phrasings;
        this.scorer = scorer;
        this.answerModel = answerModel;
        this.choiceModel = choiceModel;
    }

    /**
     * This index with every confidence multiplied by {@code confidence} and every clarify estimate by {@code choices}
     * (each 0 to 1): what it answers at a threshold t is what this one answers at t / confidence, and what it offers
     * choices for at a clarify threshold c, what this one offers them for at c / choices. How a model adapted to the
     * FAQ gets an answer and a clarify threshold of its own ({@link OffTopic.Check}) while the bot keeps one setting
     * of each.
     */
    public FaqIndex scaled(double confidence, double choices) {
        if (!(confidence > 0 && confidence <= 1) || !(choices > 0 && choices <= 1)) {
            throw new IllegalArgumentException("a scale is in (0, 1], got " + confidence + " and " + choices);
        }
        return new FaqIndex(entries, phrasings, scorer, answerModel, choiceModel, offTopic,
                confidenceScale * confidence, choiceScale * choices);
    }

    /** The factor every confidence of this index is multiplied by: 1 but for a {@link #scaled} index. */
    public double confidenceScale() {
        return confidenceScale;
    }

    /** The factor every clarify estimate of this index is multiplied by: 1 but for a {@link #scaled} index. */
    public double choiceScale() {
        return choiceScale;
    }

    /** An index of no entries, which finds nothing. */
    public static FaqIndex empty(int dimensions) {
        return over(dimensions, List.of(), List.of()).build();
    }

    public int phrasingCount() {
        return phrasings.size();
    }

    public int entryCount() {
        return entries.size();
    }

    /** The entries and phrasings (with their vectors) the index was built from, e.g. to cross-validate it. */
    public List<FaqEntry> entries() {
        return entries.values().stream().sorted(Comparator.comparingLong(FaqEntry::id)).toList();
    }

    public List<Phrasing> phrasings() {
        return phrasings;
    }

    /** What orders the entries (the measuring tools read its signals). */
    EntryScorer scorer() {
        return scorer;
    }

    /** The off-topic questions this index weighs questions against (the background less the FAQ's own). */
    public OffTopic offTopic() {
        return offTopic;
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
        Ranking r = offTopic.judge(scorer.score(text, query, Math.max(limit, choices), excluded, choices)
                .ranking(limit, choices, answerModel, choiceModel), query, text);
        return confidenceScale == 1 && choiceScale == 1 ? r : new Ranking(r.matches(),
                r.confidence() * confidenceScale, r.choices(), r.inTopK() * choiceScale, r.shares(), r.far());
    }
}
