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
    private final AtomicReference<FaqIndex> index;

    public FaqRetriever(Embedder embedder, double threshold, int suggestions) {
        this.embedder = embedder;
        this.threshold = threshold;
        this.suggestions = suggestions;
        this.index = new AtomicReference<>(FaqIndex.empty(embedder.dimensions()));
    }

    public Retrieval retrieve(String question) {
        return retrieve(embedder.embed(question));
    }

    /** Retrieval for an already embedded question. */
    public Retrieval retrieve(float[] questionVector) {
        var matches = index.get().search(questionVector, suggestions);
        double confidence = matches.isEmpty() ? 0 : matches.get(0).score();
        return new Retrieval(matches, confidence, !matches.isEmpty() && confidence >= threshold);
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
}
