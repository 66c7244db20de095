package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Orders an FAQ index's entries for a question by the fused score {@code log p(entry) + cosine / t}: p the head's
 * probability (with the entries' lexical scores fused in, {@link LexicalScores}), cosine that of the entry's closest
 * phrasing; ties go to the lower entry id. An untrained index's head
 * gives every entry the same probability, so it ranks by the cosine alone.
 *
 * <p>Where the lexical score has near words ({@link LexicalScores#withNearWords}), the entries are ordered with them
 * counted, and everything the decisions read (the answer model's features, the best entry's probability, the top k's
 * mass, the shares, highest first) is computed without them, as from the entry the exact words put first: a near word
 * can bring the right entry first or into the choices, never turn a question into an answer or into choices.
 */
final class EntryScorer {

    private final FaqEntry[] entryOfClass;
    private final SoftmaxHead head;
    private final PhrasingCosines cosines;
    private final boolean trained;
    private final double cosineTemperature;
    private final LexicalScores lexical;

    /**
     * @param trained           whether the head was trained (its probabilities are the shares), else the cosines'
     *                          softmax stands in
     * @param cosineTemperature t
     * @param lexical           the entries' lexical scores, fused with the head's probabilities ({@link
     *                          LexicalScores#fuse}) before anything else reads them
     */
    EntryScorer(FaqEntry[] entryOfClass, SoftmaxHead head, PhrasingCosines cosines, boolean trained,
                double cosineTemperature, LexicalScores lexical) {
        this.lexical = lexical;
        this.entryOfClass = entryOfClass;
        this.head = head;
        this.cosines = cosines;
        this.trained = trained;
        this.cosineTemperature = cosineTemperature;
    }

    /**
     * The {@code limit} best entries not {@code excluded}, and what the answer and choice models judge them by; the
     * top {@code k} entries' share of the probability is the choice model's mass.
     */
    ScoredEntries score(String text, float[] query, int limit, Set<Long> excluded, int k) {
        int n = entryOfClass.length;
        if (n == 0 || limit <= 0) {
            return ScoredEntries.NONE;
        }
        double[][] closest = cosines.closest(query);
        double[] cosine = closest[0];
        double[] score = new double[n];
        head.probabilities(query, LexicalFeatures.buckets(text), score);
        // the near words order the entries; what the decisions weigh is left as the exact words make it
        double[] near = lexical.nearWords() ? score.clone() : null;
        lexical.fuse(text, score, false);
        double[] probability = score.clone();
        List<Integer> order = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            score[c] = Math.log(score[c] + 1e-12) + cosine[c] / cosineTemperature;
            if (!excluded.contains(entryOfClass[c].id())) {
                order.add(c);
            }
        }
        if (order.isEmpty()) {
            return ScoredEntries.NONE;
        }
        order.sort((a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
                : Long.compare(entryOfClass[a].id(), entryOfClass[b].id()));
        List<Integer> shown = order;
        if (near != null) {
            lexical.fuse(text, near, true);
            double[] by = new double[n];
            for (int c = 0; c < n; c++) {
                by[c] = Math.log(near[c] + 1e-12) + cosine[c] / cosineTemperature;
            }
            shown = new ArrayList<>(order);
            shown.sort((a, b) -> by[a] != by[b] ? Double.compare(by[b], by[a])
                    : Long.compare(entryOfClass[a].id(), entryOfClass[b].id()));
        }
        shown = ToldSituation.cancellationFirst(shown, () -> lexical.toldOnly(text),
                lexical.entriesOfConcept(ToldSituation.CANCEL), lexical.entriesOfAnswerConcept(ToldSituation.CANCEL));
        List<FaqMatch> out = new ArrayList<>(Math.min(limit, shown.size()));
        for (int i = 0; i < shown.size() && i < limit; i++) {
            FaqEntry e = entryOfClass[shown.get(i)];
            out.add(new FaqMatch(e.id(), e.question(), e.answer(), cosine[shown.get(i)]));
        }
        int top = order.get(0);
        double other = -1;
        for (int c : order) {
            other = c == top ? other : Math.max(other, cosine[c]);
        }
        double sum = 0;
        double[] share = new double[order.size()];
        double[] descending = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            int c = order.get(i);
            share[i] = trained ? probability[c] : Math.exp(score[c] - score[top]);
            sum += share[i];
            descending[i] = -cosine[c];
        }
        Arrays.sort(descending);
        for (int i = 0; i < descending.length; i++) {
            descending[i] = -descending[i];
        }
        double mass = 0;
        List<Double> shares = new ArrayList<>(out.size());
        for (int i = 0; i < share.length; i++) {
            mass += i < k ? share[i] / sum : 0;
            if (i < out.size()) {
                shares.add(share[i] / sum);
            }
        }
        return new ScoredEntries(out, AnswerModel.features(cosine[top], closest[1][top], other), share[0] / sum,
                descending, mass, shares);
    }

    /**
     * What the order of the entries for a question is made of, per entry (class number): the cosines of its closest
     * and second closest phrasings, the head's log probability before the lexical score, the lexical score's parts
     * ({@link LexicalScores#parts}; null without one) and the entry's place in the order {@link #score} shows.
     */
    record Signals(FaqEntry[] entries, double[] cosine, double[] second, double[] logHead, double[][] lexical,
                   double lexicalWeight, double temperature, int[] place) {
    }

    Signals signals(String text, float[] query) {
        int n = entryOfClass.length;
        double[][] closest = cosines.closest(query);
        double[] headAlone = new double[n];
        head.probabilities(query, LexicalFeatures.buckets(text), headAlone);
        double[] logHead = new double[n];
        for (int c = 0; c < n; c++) {
            logHead[c] = Math.log(headAlone[c] + 1e-12);
        }
        int[] place = new int[n];
        java.util.Map<Long, Integer> classOf = new java.util.HashMap<>();
        for (int c = 0; c < n; c++) {
            classOf.put(entryOfClass[c].id(), c);
        }
        List<FaqMatch> shown = score(text, query, n, Set.of(), 1).matches();
        for (int i = 0; i < shown.size(); i++) {
            place[classOf.get(shown.get(i).entryId())] = i;
        }
        return new Signals(entryOfClass, closest[0], closest[1], logHead, lexical.parts(text), lexical.weight(),
                cosineTemperature, place);
    }
}
