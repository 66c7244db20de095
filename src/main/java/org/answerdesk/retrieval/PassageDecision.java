package org.answerdesk.retrieval;

import java.util.List;

/**
 * Whether the best passage answers a question: a logistic model over {@link PassageIndex}'s features, fitted on
 * questions whose right passage is known (and questions about documents not in the index), and the probability at
 * or above which a passage is offered by itself.
 *
 * @param weights   the model's weights, one per feature
 * @param threshold the answer threshold (0-1)
 */
public record PassageDecision(double[] weights, double threshold) {

    /**
     * Fitted by {@code eval --knowledge} on all of COVID-QA (60 articles, 884 questions, with each fold's articles
     * in turn left out as out-of-scope); see docs/knowledge.md for the cross-validated precision.
     */
    static final double[] FITTED = {-6.19, 1.93, 4.82, 0.19, 4.38, 3.51, 0.79, -2.52, 1.02};
    /**
     * The answer threshold: 0.919 precise on held-out articles with weights fitted per fold (docs/knowledge.md). The
     * threshold a 0.9 precision target picks on the fitting folds (0.75-0.8) is a little less precise held out.
     */
    public static final String DEFAULT_THRESHOLD = "0.8";

    public PassageDecision {
        weights = weights.clone();
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("the passage threshold must be from 0 to 1, got " + threshold);
        }
    }

    /** The fitted model with the given answer threshold. */
    public static PassageDecision fitted(double threshold) {
        return new PassageDecision(FITTED, threshold);
    }

    /** A question with its features and whether the best passage was right (always false when out of scope). */
    public record Example(double[] features, boolean correct, boolean inScope) {
    }

    /** The model fitted on the examples, in- and out-of-scope weighing half each. */
    public static PassageDecision fit(List<Example> examples, double threshold) {
        var converted = examples.stream()
                .map(e -> new AnswerModel.Example(e.features(), e.correct(), e.inScope())).toList();
        return new PassageDecision(LogisticFit.newton(converted, new double[FITTED.length], 1), threshold);
    }

    public PassageDecision withThreshold(double other) {
        return new PassageDecision(weights, other);
    }

    public double probability(double[] features) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
