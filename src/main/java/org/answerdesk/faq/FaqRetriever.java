package org.answerdesk.faq;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds the FAQ entries closest to a question and decides whether the best one is good enough to answer with.
 * This is the one retriever: the bot, the terminal chat and the {@code eval} command all run it.
 */
public class FaqRetriever {

    private final Embedder embedder;
    private final double threshold;
    private final int suggestions;
    private final EmbeddingCache cache;
    private final AtomicReference<FaqIndex> index;
    private final AtomicReference<Demotions> demotions = new AtomicReference<>(Demotions.none());

    public FaqRetriever(Embedder embedder, double threshold, int suggestions) {
        this(embedder, threshold, suggestions, 1024);
    }

    /** @param cacheSize how many recent question vectors to keep (0 turns the cache off) */
    public FaqRetriever(Embedder embedder, double threshold, int suggestions, int cacheSize) {
        this.embedder = embedder;
        this.threshold = threshold;
        this.suggestions = suggestions;
        this.cache = new EmbeddingCache(cacheSize);
        this.index = new AtomicReference<>(FaqIndex.empty(embedder.dimensions()));
    }

    public Retrieval retrieve(String question) {
        return retrieve(question, cache.get(question, embedder::embed));
    }

    /** Retrieval for a question whose vector is already known (e.g. embedded in a batch). */
    public Retrieval retrieve(String question, float[] questionVector) {
        FaqIndex current = index.get();
        FaqIndex.Ranking ranking = current.rank(question, questionVector, Math.max(1, suggestions),
                demotions.get().entriesFor(questionVector));
        var matches = ranking.matches();
        double confidence = ranking.confidence();
        return new Retrieval(matches, confidence, !matches.isEmpty() && confidence >= threshold);
    }

    /** Swaps in the questions that must not get certain entries (see {@link Demotions}). */
    void replaceDemotions(Demotions newDemotions) {
        demotions.set(newDemotions);
    }

    /** Swaps in a new index; searches in flight finish on the old one. */
    public void replaceIndex(FaqIndex newIndex) {
        index.set(newIndex);
    }

    public FaqIndex index() {
        return index.get();
    }

    public double threshold() {
        return threshold;
    }

    public Embedder embedder() {
        return embedder;
    }

    /** Questions answered from the embedding cache / embedded by the model since start. */
    public long[] cacheStats() {
        return new long[] {cache.hits(), cache.misses()};
    }
}
