package org.answerdesk.channel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.OutboundMessage;
import org.answerdesk.conversation.Outbox;
import org.answerdesk.conversation.ReplyStored;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers stored replies through their channel's adapter: at once when a reply is stored, and again with
 * back-off while the platform refuses it. A reply is never lost: until it is sent it stays PENDING in the
 * database, across restarts.
 */
@Component
@EnableConfigurationProperties(ChannelProperties.class)
public class ReplyDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReplyDispatcher.class);

    private final Outbox outbox;
    private final Map<Channel, ChannelAdapter> adapters = new EnumMap<>(Channel.class);
    private final ChannelProperties properties;

    private final MeterRegistry meters;

    ReplyDispatcher(Outbox outbox, List<ChannelAdapter> adapters, ChannelProperties properties, MeterRegistry meters) {
        this.meters = meters;
        this.outbox = outbox;
        this.properties = properties;
        adapters.forEach(a -> this.adapters.put(a.channel(), a));
        log.info("Channels: {}", this.adapters.keySet());
    }

    @EventListener
    void onReplyStored(ReplyStored stored) {
        deliver(stored.messageId());
    }

    @Scheduled(fixedDelayString = "${answerdesk.channel.retry-interval:1s}")
    void retryDue() {
        outbox.due(50).forEach(this::deliver);
    }

    /** One delivery attempt, if the message is due and no other worker has it. */
    public void deliver(long messageId) {
        Optional<OutboundMessage> claimed = outbox.claim(messageId, properties.lease());
        if (claimed.isEmpty()) {
            return;
        }
        OutboundMessage message = claimed.get();
        ChannelAdapter adapter = adapters.get(message.key().channel());
        if (adapter == null) {
            outbox.retryLater(messageId, properties.maxBackoff(), "channel " + message.key().channel() + " is not enabled",
                    message.partsDelivered());
            return;
        }
        try {
            outbox.markSent(messageId, adapter.deliver(message));
        } catch (DeliveryException e) {
            failed(message, e.getMessage(), e.permanent(), e.retryAfter(), e.partsDelivered());
        } catch (RuntimeException e) {
            failed(message, e.toString(), false, null, message.partsDelivered());
        }
    }

    private void failed(OutboundMessage message, String error, boolean permanent, java.time.Duration retryAfter,
                        int partsDelivered) {
        if (permanent) {
            log.warn("Reply {} refused for good: {}", message.messageId(), error);
            outbox.markRefused(message.messageId(), error);
            return;
        }
        if (message.attempt() >= properties.maxAttempts()) {
            log.warn("Giving up on reply {} after {} attempts: {}", message.messageId(), message.attempt(), error);
            outbox.markFailed(message.messageId(), error);
            meters.counter("answerdesk.delivery.failures", "channel", message.key().channel().name()).increment();
            return;
        }
        meters.counter("answerdesk.delivery.retries", "channel", message.key().channel().name()).increment();
        var wait = retryAfter != null ? retryAfter : properties.backoff(message.attempt());
        log.info("Reply {} not delivered (attempt {}): {}; retrying in {}", message.messageId(), message.attempt(),
                error, wait);
        outbox.retryLater(message.messageId(), wait, error, partsDelivered);
    }
}
