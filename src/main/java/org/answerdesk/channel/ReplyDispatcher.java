package org.answerdesk.channel;

import java.time.Duration;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapter;
import org.answerdesk.conversation.ChannelAdapters;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.OutboundMessage;
import org.answerdesk.conversation.Outbox;
import org.answerdesk.conversation.ReplyStored;
import org.answerdesk.handoff.DeskOutbox;
import org.answerdesk.handoff.DeskPost;
import org.answerdesk.handoff.DeskPostStored;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers stored outbound work: replies through their channel's adapter, and posts to the agents' desk through
 * the {@link DeskAdapter}. Each is tried at once when it is stored, and again under one {@link RetryPolicy} while
 * the platform refuses it. Nothing is lost: until it is sent it stays PENDING in the database, across restarts.
 */
@Component
@EnableConfigurationProperties(ChannelProperties.class)
public class ReplyDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReplyDispatcher.class);

    private final Outbox outbox;
    private final DeskOutbox deskOutbox;
    private final ChannelAdapters adapters;
    private final ObjectProvider<DeskAdapter> desk;
    private final ChannelProperties properties;
    private final RetryPolicy policy;
    private final TaskScheduler scheduler;
    private final StaffFileDeliveries files;

    ReplyDispatcher(Outbox outbox, DeskOutbox deskOutbox, ChannelAdapters adapters, ObjectProvider<DeskAdapter> desk,
                    ChannelProperties properties, MeterRegistry meters, TaskScheduler scheduler,
                    StaffFileDeliveries files) {
        this.files = files;
        this.outbox = outbox;
        this.deskOutbox = deskOutbox;
        this.desk = desk;
        this.properties = properties;
        this.policy = new RetryPolicy(properties, meters);
        this.scheduler = scheduler;
        this.adapters = adapters;
        log.info("Channels: {}", adapters.enabled());
    }

    @EventListener
    void onReplyStored(ReplyStored stored) {
        deliver(stored.messageId());
    }

    /** Posts off the thread that stored them (it may be answering a customer; a slow desk must not hold it). */
    @EventListener
    void onDeskPostStored(DeskPostStored stored) {
        try {
            scheduler.schedule(() -> deliverDeskPost(stored.postId()), java.time.Instant.now());
        } catch (TaskRejectedException e) {
            log.debug("Desk post {} left to the next start: {}", stored.postId(), e.toString()); // stopping
        }
    }

    @Scheduled(fixedDelayString = "${answerdesk.channel.retry-interval:1s}")
    void retryDue() {
        outbox.due(50).forEach(this::deliver);
        deskOutbox.due(50).forEach(this::deliverDeskPost);
    }

    /**
     * One delivery attempt, if the message is due, its conversation's earlier replies went out and no other worker
     * has it; for a channel that sends the answers to one message together, with those of them that are due. Once
     * it went out, the conversation's next reply that waited for it goes too.
     */
    public void deliver(long messageId) {
        Optional<Long> next = Optional.of(messageId);
        while (next.isPresent()) {
            next = deliverOne(next.get());
        }
    }

    /** One attempt; the conversation's next due reply if this one went out. */
    private Optional<Long> deliverOne(long messageId) {
        Optional<OutboundMessage> claimed = outbox.claim(messageId, properties.lease());
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        OutboundMessage message = claimed.get();
        ChannelAdapter adapter = adapters.of(message.key().channel()).orElse(null);
        if (adapter == null) {
            outbox.retryLater(messageId, policy.whileDisabled(), "channel " + message.key().channel() + " is not enabled",
                    message.partsDelivered());
            return Optional.empty();
        }
        if (adapter.sendsAnswersTogether()) {
            message = outbox.claimTogether(message, properties.lease());
        }
        var failed = new ReplyFailed(message);
        try {
            var file = files.sentWith(message);
            var sent = file.isPresent() ? files.deliver(message, file.get()) : adapter.deliver(message);
            message.deliveredIds().forEach(id -> outbox.markSent(id, sent));
            return outbox.nextDue(message.conversationId());
        } catch (DeliveryException e) {
            policy.failed(failed, e);
        } catch (RuntimeException e) {
            policy.failed(failed, e.toString(), false, null, message.partsDelivered());
        }
        return Optional.empty();
    }

    /** One attempt at a desk post, if it is due, its handoff's earlier posts went out, and no other worker has it. */
    public void deliverDeskPost(long postId) {
        Optional<DeskPost> claimed = deskOutbox.claim(postId, properties.lease());
        if (claimed.isEmpty()) {
            return;
        }
        DeskPost post = claimed.get();
        DeskAdapter adapter = desk.getIfAvailable();
        if (adapter == null || !adapter.enabled()) {
            deskOutbox.retryLater(postId, policy.whileDisabled(), "the agents' desk is not enabled");
            return;
        }
        var failed = new DeskPostFailed(post);
        try {
            deskOutbox.markSent(postId, adapter.post(post));
        } catch (DeliveryException e) {
            policy.failed(failed, e);
        } catch (RuntimeException e) {
            policy.failed(failed, e.toString(), false, null, 0);
        }
    }

    private final class ReplyFailed implements RetryPolicy.Failed {

        private final OutboundMessage message;

        ReplyFailed(OutboundMessage message) {
            this.message = message;
        }

        @Override
        public String name() {
            return "Reply " + message.messageId();
        }

        @Override
        public String channel() {
            return message.key().channel().name();
        }

        @Override
        public int attempt() {
            return message.attempt();
        }

        /** The user blocked the bot: the conversation is marked blocked too. */
        @Override
        public void refused(String error) {
            message.deliveredIds().forEach(id -> outbox.markRefused(id, error));
        }

        @Override
        public void gaveUp(String error) {
            message.deliveredIds().forEach(id -> outbox.markFailed(id, error));
        }

        @Override
        public void retryLater(Duration wait, String error, int partsDelivered) {
            message.deliveredIds().forEach(id -> outbox.retryLater(id, wait, error, partsDelivered));
        }
    }

    private final class DeskPostFailed implements RetryPolicy.Failed {

        private final DeskPost post;

        DeskPostFailed(DeskPost post) {
            this.post = post;
        }

        @Override
        public String name() {
            return "Desk post " + post.id() + " (" + post.kind() + ")";
        }

        @Override
        public String channel() {
            return "desk";
        }

        @Override
        public int attempt() {
            return post.attempt();
        }

        @Override
        public void refused(String error) {
            deskOutbox.markFailed(post.id(), error);
        }

        @Override
        public void gaveUp(String error) {
            deskOutbox.markFailed(post.id(), error);
        }

        @Override
        public void retryLater(Duration wait, String error, int partsDelivered) {
            deskOutbox.retryLater(post.id(), wait, error);
        }
    }
}
