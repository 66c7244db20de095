package org.answerdesk.retrieval;

import java.util.List;

/**
 * The entries ranked for a question with what their confidence is estimated from.
 *
 * @param matches        the best entries, best first
 * @param features       the answer model's cosine inputs for the best entry
 * @param topProbability the head's probability for the best entry (an untrained index: its share of the cosines'
 *                       softmax)
 * @param cosines        every ranked entry's closest cosine, highest first (the choice model's input)
 * @param topKMass       the top k entries' share of the probability
 * @param shares         the shares of the probability, highest first as the exact words order the entries (the
 *                       matches' own order where no near word counts: {@link EntryScorer})
 */
record ScoredEntries(List<FaqMatch> matches, double[] features, double topProbability, double[] cosines,
                     double topKMass, List<Double> shares) {

    static final ScoredEntries NONE = new ScoredEntries(List.of(), null, 0, null, 0, List.of());

    /** The ranking of the best {@code limit} entries, its confidences estimated by the two models. */
    FaqIndex.Ranking ranking(int limit, int choices, AnswerModel answerModel, ChoiceModel choiceModel) {
        if (matches.isEmpty()) {
            return new FaqIndex.Ranking(List.of(), 0, choices, 0, List.of());
        }
        int n = Math.min(limit, matches.size());
        return new FaqIndex.Ranking(matches.subList(0, n), answerModel.probability(features, topProbability),
                choices, choiceModel.probability(cosines, choices, topKMass), shares.subList(0, n));
    }
}
