package org.answerdesk.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.OffTopic;
import org.answerdesk.retrieval.Retrieval;

/**
 * Every query asked of the bot's index built from an FAQ ({@link BotIndex}), each with what it found: the outcomes
 * that {@link Metrics} and {@link Dialogue} measure. Apart from {@link EvalCommand} since cross-validation and the
 * learning replay ask queries the same way.
 */
final class QueryOutcomes {

    private QueryOutcomes() {
    }

    /** Builds the bot's index and retriever from the FAQ and asks it every query. */
    static List<Outcome> outcomes(FaqFile faq, List<LabeledText> queries, VectorCache vectors, Embedder embedder,
                                  double threshold) throws IOException {
        return outcomes(faq, queries, vectors, embedder, threshold, false, FaqRetriever.DEFAULT_MAX_CHOICES, true);
    }

    /**
     * @param adapted    the embedder is MiniLM adapted to this FAQ: the index is built as the bot builds it then
     * @param maxChoices how many entries a clarification offers at most
     * @param offTopic   whether the index weighs questions against the shipped off-topic questions
     */
    static List<Outcome> outcomes(FaqFile faq, List<LabeledText> queries, VectorCache vectors, Embedder embedder,
                                  double threshold, boolean adapted, int maxChoices, boolean offTopic)
            throws IOException {
        return outcomes(faq, queries, vectors, embedder, threshold, adapted, maxChoices, offTopic, 1, 1);
    }

    /**
     * @param confidenceScale the served index's factor on every confidence ({@link FaqIndex#scaled})
     * @param choiceScale     its factor on every clarify estimate
     */
    private static List<Outcome> outcomes(FaqFile faq, List<LabeledText> queries, VectorCache vectors,
                                          Embedder embedder, double threshold, boolean adapted, int maxChoices,
                                          boolean offTopic, double confidenceScale, double choiceScale)
            throws IOException {
        FaqRetriever retriever = BotIndex.retriever(embedder, threshold, maxChoices);
        retriever.replaceIndex(BotIndex.index(faq, BotIndex.phrasings(faq, vectors), embedder.dimensions(), adapted,
                offTopic ? BotIndex.offTopic(vectors, faq.language()) : OffTopic.NONE).scaled(confidenceScale, choiceScale));
        List<Long> expected = expectedEntries(faq, queries);
        List<float[]> qv = vectors.vectors(queries.stream().map(LabeledText::text).toList());
        ChoiceFit.Terms terms = ChoiceFit.Terms.of(faq);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String text = queries.get(i).text();
            outcomes.add(outcome(retriever, text, qv.get(i), expected.get(i))
                    .with(terms.fit(text, retriever.retrieve(text, qv.get(i)), expected.get(i))));
        }
        return outcomes;
    }

    /** The entry each query names, null for an out-of-scope query. */
    static List<Long> expectedEntries(FaqFile faq, List<LabeledText> queries) {
        Map<String, Long> entryOf = new HashMap<>();
        faq.entries().forEach(e -> entryOf.put(e.question().strip().toLowerCase(Locale.ROOT), e.id()));
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            LabeledText q = queries.get(i);
            Long expected = null;
            if (!q.outOfScope()) {
                expected = entryOf.get(q.label().toLowerCase(Locale.ROOT));
                if (expected == null) {
                    throw new IllegalArgumentException("query label '" + q.label() + "' (row " + (i + 2)
                            + ") names no FAQ entry; leave it empty, 'oos' or 'none' for out-of-scope queries");
                }
            }
            out.add(expected);
        }
        return out;
    }

    /**
     * One query asked of the retriever: with its clarify threshold at 0, the choices are those the bot offers at any
     * clarify threshold up to the estimate, so one run serves every clarify threshold.
     */
    static Outcome outcome(FaqRetriever retriever, String text, float[] vector, Long expected) {
        Retrieval r = retriever.retrieve(text, vector);
        double inTopK = retriever.ranking(text, vector).inTopK();
        boolean offered = expected != null && r.choices().stream().anyMatch(m -> m.entryId() == expected);
        return new Outcome(expected != null, rankOf(r.matches(), expected), r.confidence(), inTopK, offered,
                r.best().map(FaqMatch::score).orElse(0.0));
    }

    /**
     * The queries asked of the model adapted to the FAQ as the bot serves it ({@link AdaptedServing}), or, when it is
     * refused, of the configured model in its place ({@code frozen}: the configured model's vectors, read once by the
     * caller).
     */
    static List<Outcome> adaptedOutcomes(FaqFile faq, List<LabeledText> queries, EvalCommand.Options o,
                                         Embedder base, VectorCache frozen, Embedder adapted) throws IOException {
        VectorCache vectors = new VectorCache(adapted, o.embeddingCache());
        AdaptedServing serving = AdaptedServing.of(faq, o, base, frozen, adapted, vectors);
        if (serving.refused()) {
            return outcomes(faq, queries, frozen, base, o.threshold(), false, o.maxChoices(), true);
        }
        return outcomes(faq, queries, vectors, adapted, o.threshold(), true, o.maxChoices(), o.offTopic(),
                serving.confidenceScale(), serving.choiceScale());
    }

    private static int rankOf(List<FaqMatch> matches, Long expected) {
        if (expected == null) {
            return 0;
        }
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).entryId() == expected) {
                return i + 1;
            }
        }
        return 0;
    }
}
