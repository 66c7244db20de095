package org.answerdesk.channel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of replies and of posts to the agents' desk ({@code answerdesk.channel.*}), one retry policy for both.
 *
 * @param maxAttempts    attempts before a reply or desk post is marked FAILED
 * @param initialBackoff wait after the first failure; doubled after each further one
 * @param maxBackoff     the longest wait between attempts
 * @param lease          how long one delivery attempt may take before another worker may retry it
 * @param stuckAfter     how long a channel's intake may fail without a success before its health is DOWN
 * @param leaseRetry     how often an instance on standby asks for a poller's lease ({@link PollerLease})
 */
@ConfigurationProperties("answerdesk.channel")
public record ChannelProperties(
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("2m") Duration stuckAfter,
        @DefaultValue("5s") Duration leaseRetry) {

    /** The wait before attempt {@code failedAttempts + 1}. */
    public Duration backoff(int failedAttempts) {
        long millis = initialBackoff.toMillis() << Math.min(Math.max(failedAttempts - 1, 0), 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
