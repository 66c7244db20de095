package org.answerdesk.channel;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.conversation.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens after a failed delivery, the same for a reply to a customer and a post to the agents' desk: a
 * permanent failure is not retried; after {@code answerdesk.channel.max-attempts} the work is given up; otherwise
 * it is tried again after the platform's own wait, or the back-off of {@link ChannelProperties#backoff}.
 */
final class RetryPolicy {

    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

    /** The piece of outbound work that failed, and how to record each outcome for it. */
    interface Failed {

        /** For logs: "reply 12", "desk post 3". */
        String name();

        /** For metrics: the channel, or "desk". */
        String channel();

        int attempt();

        void refused(String error);

        void gaveUp(String error);

        void retryLater(Duration wait, String error, int partsDelivered);
    }

    private final ChannelProperties properties;
    private final MeterRegistry meters;

    RetryPolicy(ChannelProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
    }

    void failed(Failed work, DeliveryException e) {
        failed(work, e.getMessage(), e.permanent(), e.retryAfter(), e.partsDelivered());
    }

    void failed(Failed work, String error, boolean permanent, Duration retryAfter, int partsDelivered) {
        if (permanent) {
            log.warn("{} refused for good: {}", work.name(), error);
            work.refused(error);
            return;
        }
        if (work.attempt() >= properties.maxAttempts()) {
            log.warn("Giving up on {} after {} attempts: {}", work.name(), work.attempt(), error);
            work.gaveUp(error);
            meters.counter("answerdesk.delivery.failures", "channel", work.channel()).increment();
            return;
        }
        meters.counter("answerdesk.delivery.retries", "channel", work.channel()).increment();
        Duration wait = retryAfter != null ? retryAfter : properties.backoff(work.attempt());
        log.info("{} not delivered (attempt {}): {}; retrying in {}", work.name(), work.attempt(), error, wait);
        work.retryLater(wait, error, partsDelivered);
    }

    /** The wait before trying work whose channel is off right now (it may be turned on again). */
    Duration whileDisabled() {
        return properties.maxBackoff();
    }
}
