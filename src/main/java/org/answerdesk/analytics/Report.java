package org.answerdesk.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The analytics of a time window; every figure is defined in the README ("Analytics"). */
public record Report(Instant from, Instant to, String channel, SelfService selfService,
                     List<DayCount> conversationsPerDay, List<DayCount> messagesPerDay,
                     long conversations, Map<String, Long> outcomes, Map<String, Double> outcomeShares,
                     Map<String, Feedback> feedback, double fallbackRate, double handoffRate,
                     Map<String, Latency> latencyMs, Tokens llmTokens, Handoffs handoffs,
                     Satisfaction csat) {

    /**
     * The conversations the bot resolved on its own (docs/api.md, "self_service").
     *
     * @param asked     conversations in which the customer asked at least one question or picked a choice
     * @param resolved  of those, the ones the bot answered (FAQ or LLM) with no handoff and no person writing
     * @param afterPick of the resolved, the ones where a customer's pick among the offered choices was answered
     * @param rate      resolved / asked; 0 with none asked
     */
    public record SelfService(long asked, long resolved, long afterPick, double rate, long confirmed, long assumed,
                              long reopened) {
    }

    /** Handoffs opened in the window, during and outside business hours. */
    public record Handoffs(long inHours, long outOfHours) {
    }

    /** Satisfaction ratings after resolved handoffs, overall, per channel and per agent. */
    public record Satisfaction(Csat overall, Map<String, Csat> byChannel, Map<String, Csat> byAgent) {
    }

    /**
     * @param requested      rating requests sent in the window
     * @param rated          scores given in the window
     * @param average        their mean (1-5), null with none
     * @param satisfiedShare the share of them that were 4 or 5 (the usual CSAT figure), null with none
     */
    public record Csat(long requested, long rated, Double average, Double satisfiedShare) {
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
