package org.answerdesk.faq;

import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code embedder} in {@code /actuator/health}: the model, and how many entries and phrasings are indexed. */
@Component
class EmbedderHealthIndicator implements HealthIndicator {

    private final FaqRetriever retriever;

    EmbedderHealthIndicator(FaqRetriever retriever) {
        this.retriever = retriever;
    }

    @Override
    public Health health() {
        FaqIndex index = retriever.index();
        return Health.up()
            .withDetail("model", retriever.embedder().modelName())
            .withDetail("entries", index.entryCount())
            .withDetail("phrasings", index.phrasingCount())
            .withDetail("threshold", retriever.threshold())
            .build();
    }
}
