package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.retrieval.AdaptedModel;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.OffTopic;

/** The index over the FAQ's phrasings embedded by a model adapted to it, its answer decision fitted for that model. */
final class AdaptedIndex {

    private AdaptedIndex() {
    }

    /**
     * Embeds every phrasing with {@code embedder}; a non-finite vector (a diverged model) is refused.
     *
     * @param trainedOn the entries as the model was trained on them (see {@link AdaptedModel#unseen})
     * @param offTopic  questions the FAQ does not answer, as {@code embedder}'s vectors
     */
    static FaqIndex of(List<FaqEntry> entries, List<FaqEntry> trainedOn, Embedder embedder, OffTopic offTopic) {
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        entries.forEach(e -> e.phrasings().forEach(p -> {
            ids.add(e.id());
            texts.add(p);
        }));
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        embedder.embedInBatches(texts, FaqIndexing.EMBED_BATCH, (from, vectors) -> {
            for (int i = 0; i < vectors.size(); i++) {
                phrasings.add(new FaqIndex.Phrasing(ids.get(from + i), texts.get(from + i), vectors.get(i)));
            }
        });
        for (FaqIndex.Phrasing p : phrasings) {
            for (float x : p.vector()) {
                if (!Float.isFinite(x)) {
                    throw new IllegalStateException("the adapted model embeds '" + p.text() + "' as non-finite");
                }
            }
        }
        return FaqIndex.over(embedder.dimensions(), entries, phrasings).adapted(AdaptedModel.unseen(trainedOn))
                .offTopic(offTopic).remembered().build();
    }
}
