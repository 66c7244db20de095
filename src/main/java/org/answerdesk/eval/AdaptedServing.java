package org.answerdesk.eval;

import java.io.IOException;
import java.util.Locale;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.OffTopic;

/**
 * How the bot serves a model adapted to an FAQ, after its off-topic serve check (printed on stderr): the factors
 * of its own answer and clarify thresholds ({@link OffTopic.Check#confidenceScale},
 * {@link OffTopic.Check#choiceScale}), or refused (it fails the check and {@code --adapt-refuse-off-topic} is set).
 * Without the off-topic background there is no check: factors 1.
 */
record AdaptedServing(double confidenceScale, double choiceScale, boolean refused) {

    static AdaptedServing of(FaqFile faq, EvalCommand.Options o, Embedder base, VectorCache frozen,
                             Embedder adapted, VectorCache vectors) throws IOException {
        if (!o.offTopic()) {
            return new AdaptedServing(1, 1, false);
        }
        OffTopic.Check check = BotIndex.serveCheck(faq, frozen, base, vectors, adapted, o.threshold(),
                o.clarifyThreshold());
        boolean refused = check.answersMore() && o.adaptRefuseOffTopic();
        System.err.printf(Locale.ROOT, "serve check: %s: %s%n", check, check.answersMore()
                ? (refused ? "failed, refused" : "failed, served") : "passed");
        return new AdaptedServing(check.confidenceScale(o.threshold()), check.choiceScale(o.clarifyThreshold()),
                refused);
    }
}
