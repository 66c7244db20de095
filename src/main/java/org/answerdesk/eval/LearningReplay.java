package org.answerdesk.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;

/**
 * {@code eval --learn}: the queries asked in a fixed shuffled order by the simulated customer, the bot learning from
 * the picks as it does by default: a picked (question, entry) pair becomes a phrasing of the entry once
 * {@code --learn-agree} different questions within cosine {@code --learn-similarity} picked it (1 and 0.9, the bot's
 * defaults: every pick the customer does not disown; the simulated customer never does). Every query is another
 * customer, and the stream has no clock, so the bot's daily caps do not come into play. The index is rebuilt with the
 * phrasings learned every {@value #REBUILD_EVERY} queries (the product rebuilds after a sync interval, not after
 * every question; rebuilding after every pick made a fold's replay take minutes). The encoder is not adapted again
 * (with {@code --adapt} the model adapted to the FAQ at the start serves the whole stream).
 */
final class LearningReplay {

    static final int PARTS = 5;
    static final int REBUILD_EVERY = 25;
    private static final long SEED = 42;

    /**
     * @param curve   the in-scope direct rate (answerable questions answered right directly) of each fifth of the
     *                stream, in order
     * @param overall the dialogue over the whole stream
     * @param learned phrasings learned from picks
     */
    record Result(List<Double> curve, Dialogue overall, int learned, int rebuilds) {
    }

    private record Pick(String text, float[] vector, long entryId) {
    }

    private LearningReplay() {
    }

    static Result run(FaqFile faq, List<LabeledText> queries, VectorCache vectors, Embedder embedder,
                      EvalCommand.Options o) throws IOException {
        List<Long> expected = EvalCommand.expectedEntries(faq, queries);
        List<float[]> qv = vectors.vectors(queries.stream().map(LabeledText::text).toList());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(SEED));
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>(EvalCommand.phrasings(faq, vectors));
        FaqRetriever retriever = EvalCommand.retriever(embedder, o.threshold(), o.maxChoices());
        retriever.replaceIndex(EvalCommand.index(faq, phrasings, embedder.dimensions(), o.adapt()));
        List<Pick> picks = new ArrayList<>();
        Set<String> learnedTexts = new HashSet<>();
        List<Outcome> stream = new ArrayList<>();
        int rebuilds = 0;
        boolean pending = false;
        for (int i : order) {
            if (pending && stream.size() % REBUILD_EVERY == 0) {
                retriever.replaceIndex(EvalCommand.index(faq, phrasings, embedder.dimensions(), o.adapt()));
                rebuilds++;
                pending = false;
            }
            String text = queries.get(i).text();
            Outcome out = EvalCommand.outcome(retriever, text, qv.get(i), expected.get(i));
            stream.add(out);
            if (!out.clarifiedAt(o.threshold(), o.clarifyThreshold()) || !out.rightOffered()) {
                continue;
            }
            Pick pick = new Pick(text, qv.get(i), expected.get(i));
            List<Pick> agreed = new ArrayList<>();
            for (Pick p : picks) {
                if (p.entryId() == pick.entryId() && !p.text().equals(pick.text())
                        && cosine(p.vector(), pick.vector()) >= o.learnSimilarity()) {
                    agreed.add(p);
                }
            }
            picks.add(pick);
            agreed.add(pick);
            if (agreed.size() >= o.learnAgreement()) {
                for (Pick p : agreed) {
                    if (learnedTexts.add(p.text())) {
                        phrasings.add(new FaqIndex.Phrasing(p.entryId(), p.text(), p.vector()));
                        pending = true;
                    }
                }
            }
        }
        List<Double> curve = new ArrayList<>();
        for (int part = 0; part < PARTS; part++) {
            List<Outcome> fifth = stream.subList(part * stream.size() / PARTS, (part + 1) * stream.size() / PARTS);
            curve.add(Dialogue.of(fifth, o.threshold(), o.clarifyThreshold()).inScopeDirectRate());
        }
        return new Result(curve, Dialogue.of(stream, o.threshold(), o.clarifyThreshold()), learnedTexts.size(),
                rebuilds);
    }

    private static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s; // unit vectors
    }
}
