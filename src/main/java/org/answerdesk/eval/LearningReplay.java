package org.answerdesk.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;

/**
 * {@code eval --learn}: the queries asked in a fixed shuffled order ({@code --learn-seed}) by the simulated customer,
 * the bot learning from the picks as it does by default: a picked (question, entry) pair becomes a phrasing of the entry once
 * {@code --learn-agree} different questions within cosine {@code --learn-similarity} picked it (1 and 0.9, the bot's
 * defaults: every pick the customer does not disown; the simulated customer never does). Every query is another
 * customer, and the stream has no clock, so the bot's daily caps do not come into play. The index is rebuilt with the
 * phrasings learned every {@value #REBUILD_EVERY} queries (the product rebuilds after a sync interval, not after
 * every question; rebuilding after every pick made a fold's replay take minutes). With {@code --adapt} the encoder is
 * adapted to the FAQ at the start, and, as the bot adapts it after every FAQ change (unless
 * {@code --adapt-on-learned false}, the bot's {@code answerdesk.faq.adapt-on-learned}), again to the FAQ with the
 * phrasings learned so far: at the start of every fifth of the stream (the bot takes about a minute on 2
 * cores to adapt to a 300-phrasing FAQ, while customers keep asking; once per fifth keeps a fold's replay to minutes).
 */
final class LearningReplay {

    static final int PARTS = 5;
    static final int REBUILD_EVERY = 25;

    /**
     * @param curve       the in-scope direct rate (answerable questions answered right directly) of each fifth of the
     *                    stream, in order
     * @param overall     the dialogue over the whole stream
     * @param learned     phrasings learned from picks
     * @param adaptations how many times the encoder was adapted again to the FAQ with what was learned
     */
    record Result(List<Double> curve, Dialogue overall, int learned, int rebuilds, int adaptations) {
    }

    /**
     * The encoder serving part of the stream, its vectors, and the factors of its own thresholds
     * ({@link AdaptedServing}).
     */
    private record Model(Embedder embedder, VectorCache vectors, double confidenceScale, double choiceScale) {
    }

    /** Adapts the base model to the FAQ as it has grown. */
    @FunctionalInterface
    private interface Adapter {
        Model to(FaqFile faq) throws IOException;
    }

    private LearningReplay() {
    }

    /** The replay on the frozen encoder. */
    static Result frozen(FaqFile faq, List<LabeledText> queries, VectorCache vectors, Embedder embedder,
                         EvalCommand.Options o) throws IOException {
        return new LearningReplay.Stream(faq, queries, o, new Model(embedder, vectors, 1, 1), null).run();
    }

    /**
     * The replay with {@code base} adapted to the FAQ at the start and (unless {@code --adapt-on-learned false}) again
     * at every fifth with what was learned, each model served at its own thresholds as the bot serves it (a model the
     * serve check would refuse with {@code --adapt-refuse-off-topic} is served all the same; {@code frozen}: the
     * configured model's vectors, the caller's, for the checks).
     */
    static Result adapting(FaqFile faq, List<LabeledText> queries, Embedder base, VectorCache frozen,
                           EvalCommand.Options o) throws IOException {
        Adapter adapter = grown -> {
            Embedder adapted = EvalCommand.adapted(grown, o, o.baseModel(base));
            VectorCache vectors = new VectorCache(adapted, o.embeddingCache());
            AdaptedServing serving = AdaptedServing.of(grown, o, base, frozen, adapted, vectors);
            return new Model(adapted, vectors, serving.confidenceScale(), serving.choiceScale());
        };
        return new LearningReplay.Stream(faq, queries, o, adapter.to(faq), adapter).run();
    }

    /** One replay's state: the model serving, the index's phrasings and what was learned. */
    private static final class Stream {
        private final FaqFile faq;
        private final List<LabeledText> queries;
        private final EvalCommand.Options o;
        private final Adapter adapter; // null: the encoder never changes
        private final List<Long> expected;
        private final Map<Long, List<String>> learnedByEntry = new LinkedHashMap<>();
        private final Set<String> learnedTexts = new HashSet<>();
        private Model model;
        private FaqFile served;
        private List<float[]> qv;
        private List<FaqIndex.Phrasing> phrasings;
        private FaqRetriever retriever;
        private org.answerdesk.retrieval.OffTopic offTopic;

        Stream(FaqFile faq, List<LabeledText> queries, EvalCommand.Options o, Model model, Adapter adapter)
                throws IOException {
            this.faq = faq;
            this.queries = queries;
            this.o = o;
            this.adapter = adapter;
            this.expected = QueryOutcomes.expectedEntries(faq, queries);
            serve(model, faq);
        }

        private void serve(Model next, FaqFile grown) throws IOException {
            if (model != null && adapter != null) {
                model.embedder().release(); // an adapted model this replay loaded
            }
            model = next;
            served = grown;
            qv = model.vectors().vectors(queries.stream().map(LabeledText::text).toList());
            phrasings = new ArrayList<>(BotIndex.phrasings(grown, model.vectors()));
            retriever = BotIndex.retriever(model.embedder(), o.threshold(), o.maxChoices());
            offTopic = o.offTopic() ? BotIndex.offTopic(model.vectors(), grown.language()) : org.answerdesk.retrieval.OffTopic.NONE;
            rebuild();
        }

        private void rebuild() {
            retriever.replaceIndex(BotIndex.index(served, phrasings, model.embedder().dimensions(),
                    adapter != null, offTopic).scaled(model.confidenceScale(), model.choiceScale()));
        }

        Result run() throws IOException {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, new Random(o.learnSeed()));
            List<Integer> picks = new ArrayList<>();
            List<Outcome> stream = new ArrayList<>();
            int rebuilds = 0;
            int adaptations = 0;
            boolean pending = false;
            boolean unadapted = false;
            try {
                for (int i : order) {
                    int n = stream.size();
                    if (adapter != null && o.adaptOnLearned() && unadapted && isFifthStart(n)) {
                        FaqFile grown = grown();
                        serve(adapter.to(grown), grown);
                        adaptations++;
                        unadapted = false;
                        pending = false;
                    } else if (pending && n % REBUILD_EVERY == 0) {
                        rebuild();
                        rebuilds++;
                        pending = false;
                    }
                    String text = queries.get(i).text();
                    Outcome out = QueryOutcomes.outcome(retriever, text, qv.get(i), expected.get(i));
                    stream.add(out);
                    if (!out.clarifiedAt(o.threshold(), o.clarifyThreshold()) || !out.rightOffered()) {
                        continue;
                    }
                    List<Integer> agreed = new ArrayList<>();
                    for (int p : picks) {
                        if (expected.get(p).equals(expected.get(i)) && !queries.get(p).text().equals(text)
                                && cosine(qv.get(p), qv.get(i)) >= o.learnSimilarity()) {
                            agreed.add(p);
                        }
                    }
                    picks.add(i);
                    agreed.add(i);
                    if (agreed.size() >= o.learnAgreement()) {
                        for (int p : agreed) {
                            if (learn(p)) {
                                pending = true;
                                unadapted = true;
                            }
                        }
                    }
                }
            } finally {
                if (adapter != null) {
                    model.embedder().release();
                }
            }
            List<Double> curve = new ArrayList<>();
            for (int part = 0; part < PARTS; part++) {
                List<Outcome> fifth = stream.subList(part * stream.size() / PARTS,
                        (part + 1) * stream.size() / PARTS);
                curve.add(Dialogue.of(fifth, o.threshold(), o.clarifyThreshold()).inScopeDirectRate());
            }
            return new Result(curve, Dialogue.of(stream, o.threshold(), o.clarifyThreshold()), learnedTexts.size(),
                    rebuilds, adaptations);
        }

        private boolean isFifthStart(int n) {
            for (int part = 1; part < PARTS; part++) {
                if (n == part * queries.size() / PARTS) {
                    return true;
                }
            }
            return false;
        }

        private boolean learn(int query) {
            String text = queries.get(query).text();
            long entry = expected.get(query);
            if (!learnedTexts.add(text)) {
                return false;
            }
            phrasings.add(new FaqIndex.Phrasing(entry, text, qv.get(query)));
            learnedByEntry.computeIfAbsent(entry, k -> new ArrayList<>()).add(text);
            return true;
        }

        /**
         * The FAQ with every phrasing learned so far before its entry's own, as the bot trains on them: the phrasing
         * held out to calibrate the answer decision (the last) stays the owner's.
         */
        private FaqFile grown() {
            List<FaqEntry> entries = new ArrayList<>();
            for (FaqEntry e : faq.entries()) {
                List<String> all = new ArrayList<>(learnedByEntry.getOrDefault(e.id(), List.of()));
                all.addAll(e.phrasings());
                entries.add(new FaqEntry(e.id(), e.question(), e.answer(), e.category(), e.keywords(), all));
            }
            return new FaqFile(entries, faq.language());
        }
    }

    private static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s; // unit vectors
    }
}
