package org.answerdesk.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The analytics of a time window; every figure is defined in the README ("Analytics"). */
public record Report(Instant from, Instant to, String channel,
                     List<DayCount> conversationsPerDay, List<DayCount> messagesPerDay,
                     long conversations, Map<String, Long> outcomes, Map<String, Double> outcomeShares,
                     Map<String, Feedback> feedback, double fallbackRate, double handoffRate,
                     Map<String, Latency> latencyMs, Tokens llmTokens, Handoffs handoffs) {

    /** Handoffs opened in the window, during and outside business hours. */
    public record Handoffs(long inHours, long outOfHours) {
    }

    public record DayCount(String day, String channel, long count) {
    }

    public record Feedback(long up, long down, Double upRatio) {
    }

    public record Latency(double p50, double p95, long replies) {
    }

    public record Tokens(long input, long output, double cost, String currency) {
    }
}
