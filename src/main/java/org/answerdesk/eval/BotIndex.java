package org.answerdesk.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.answerdesk.retrieval.AdaptedModel;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Backgrounds;
import org.answerdesk.retrieval.OffTopic;

/**
 * The bot's index and retriever built from an FAQ file as the bot builds them from its database: every evaluation
 * (eval, cross-validation, the learning replay, the benchmark) measures the index the bot would serve, so it is built
 * in this one place.
 */
final class BotIndex {

    /** How many ranked entries a retriever of an evaluation keeps. */
    static final int SUGGESTIONS = 5;

    private BotIndex() {
    }

    /**
     * A retriever with the bot's settings but the threshold and number of choices given (clarifying at any
     * estimate).
     */
    static FaqRetriever retriever(Embedder embedder, double threshold, int maxChoices) {
        return new FaqRetriever(embedder, threshold, SUGGESTIONS, 0, 0, maxChoices);
    }

    /** A retriever at the bot's defaults (thresholds, choices) over the index exactly as the bot builds it. */
    static FaqRetriever atDefaults(Embedder embedder, VectorCache vectors, FaqFile faq) throws IOException {
        var retriever = new FaqRetriever(embedder, Double.parseDouble(FaqRetriever.DEFAULT_THRESHOLD), SUGGESTIONS, 0,
                Double.parseDouble(FaqRetriever.DEFAULT_CLARIFY_THRESHOLD), FaqRetriever.DEFAULT_MAX_CHOICES);
        retriever.replaceIndex(index(faq, vectors, embedder.dimensions()));
        return retriever;
    }

    /** The index as the bot builds it from these phrasings (adapted: fitted on the phrasings not trained on). */
    static FaqIndex index(FaqFile faq, List<FaqIndex.Phrasing> phrasings, int dimensions, boolean adapted,
                          OffTopic offTopic) {
        var builder = FaqIndex.over(dimensions, faq.entries(), phrasings).offTopic(offTopic).language(faq.language());
        return (adapted ? builder.adapted(AdaptedModel.unseen(faq.entries())) : builder).build();
    }

    /** The index exactly as the bot builds it: every phrasing of every entry with its vector. */
    static FaqIndex index(FaqFile faq, VectorCache vectors, int dimensions) throws IOException {
        return index(faq, phrasings(faq, vectors), dimensions, false, offTopic(vectors, faq.language()));
    }

    /**
     * The bot's serve check of a model adapted to {@code faq} ({@link OffTopic#check}): asked, answered by the
     * configured model's index, answered by the adapted model's.
     */
    static OffTopic.Check serveCheck(FaqFile faq, VectorCache configured, Embedder base, VectorCache adapted,
                            Embedder adaptedModel, double threshold, double clarifyThreshold) throws IOException {
        List<String> check = Backgrounds.shippedCheck(List.of(faq.language()));
        FaqIndex before = index(faq, phrasings(faq, configured), base.dimensions(), false, offTopic(configured, faq.language()));
        FaqIndex after = index(faq, phrasings(faq, adapted), adaptedModel.dimensions(), true, offTopic(adapted, faq.language()));
        return OffTopic.check(check, before, configured.vectors(check), after, adapted.vectors(check), threshold,
                clarifyThreshold);
    }

    /**
     * The shipped off-topic questions embedded as the index's phrasings are ({@link OffTopic#shippedForIndex()}), and
     * those of the FAQ's language when it is not English ({@link OffTopic#languageBackground}), as the bot weighs
     * them for a shop that serves that language.
     */
    static OffTopic offTopic(VectorCache vectors, String language) throws IOException {
        List<String> other = Backgrounds.languageBackground(language == null ? List.of() : List.of(language));
        return new OffTopic(vectors.vectors(Backgrounds.shippedForIndex()), List.of(),
                other.isEmpty() ? List.of() : vectors.vectors(other));
    }

    /** Every phrasing of every entry with its vector, embedded in one batch. */
    static List<FaqIndex.Phrasing> phrasings(FaqFile faq, VectorCache vectors) throws IOException {
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (FaqEntry e : faq.entries()) {
            for (String p : e.phrasings()) {
                texts.add(p);
                ids.add(e.id());
            }
        }
        List<float[]> v = vectors.vectors(texts);
        for (int i = 0; i < texts.size(); i++) {
            phrasings.add(new FaqIndex.Phrasing(ids.get(i), texts.get(i), v.get(i)));
        }
        return phrasings;
    }
}
