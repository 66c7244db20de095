package org.answerdesk.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Questions the FAQ answered wrongly, as people said (a thumbs-down, then an agent's different answer): for the
 * same question, or one near-identical to it, the retriever leaves that entry out and answers with the next one or
 * not at all. The catalogue keeps the questions and their vectors; the retriever applies them
 * ({@link FaqRetriever#replaceDemotions}).
 */
public final class Demotions {

    /** Cosine at which a question counts as the same question that was answered wrongly. */
    static final double NEAR = 0.9;

    /** A question (as its unit vector) that must not get this entry. */
    public record Negative(long entryId, float[] vector) {
    }

    private static final Demotions NONE = new Demotions(List.of());

    private final List<Negative> negatives;

    public Demotions(List<Negative> negatives) {
        this.negatives = List.copyOf(negatives);
    }

    static Demotions none() {
        return NONE;
    }

    int size() {
        return negatives.size();
    }

    /** The entries not to answer this question with. */
    Set<Long> entriesFor(float[] question) {
        if (negatives.isEmpty()) {
            return Set.of();
        }
        Set<Long> out = new HashSet<>();
        for (Negative n : negatives) {
            if (Embedder.cosine(question, n.vector()) >= NEAR) {
                out.add(n.entryId());
            }
        }
        return out;
    }
}
