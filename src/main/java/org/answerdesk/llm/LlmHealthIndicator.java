package org.answerdesk.llm;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code llm} in {@code /actuator/health}: which model backs the fallback. It does not call the model (that
 * would cost tokens on every probe); "none" is a valid, healthy configuration.
 */
@Component
class LlmHealthIndicator implements HealthIndicator {

    private final LlmFallback fallback;

    LlmHealthIndicator(LlmFallback fallback) {
        this.fallback = fallback;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("model", fallback.describe()).build();
    }
}
