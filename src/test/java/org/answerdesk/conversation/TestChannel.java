package org.answerdesk.conversation;

import org.answerdesk.dialogue.Intent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory channel for fast tests of the core's decisions, in the manner of Bot Framework's TestAdapter and
 * TestFlow: it records every message the core delivers, per conversation, and a {@link Flow} sends a customer's
 * messages and presses and expects the bot's replies, waiting on their delivery (a queue poll with a time-out),
 * never a sleep. It stands in for a channel the test's context does not enable (Telegram without a bot token), so
 * the core's own dispatcher delivers to it as to any adapter.
 */
class TestChannel implements ChannelAdapter {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final Channel channel;
    private final ConversationService conversations;
    private final Map<String, BlockingQueue<OutboundMessage>> delivered = new ConcurrentHashMap<>();

    TestChannel(Channel channel, ConversationService conversations) {
        this.channel = channel;
        this.conversations = conversations;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public MessageRef deliver(OutboundMessage message) {
        if (message.attempt() == 1) {
            queue(message.key().externalId()).add(message);
        }
        return new MessageRef(channel, "test-" + message.messageId());
    }

    private BlockingQueue<OutboundMessage> queue(String key) {
        return delivered.computeIfAbsent(key, k -> new LinkedBlockingQueue<>());
    }

    /** A new customer in a conversation of their own. */
    Flow flow() {
        return new Flow(new ConversationKey(channel, "flow-" + UUID.randomUUID()));
    }

    /** One customer's conversation: what they send and what the bot is expected to reply, in order. */
    final class Flow {

        private final ConversationKey key;
        private final Participant customer;
        private final List<OutboundMessage> replies = new ArrayList<>();
        // two threads may send at once (presses racing): each send needs its own event id, or one is a redelivery
        private final AtomicInteger events = new AtomicInteger();

        Flow(ConversationKey key) {
            this.key = key;
            this.customer = new Participant(channel, key.externalId(), "Test customer", null);
        }

        ConversationKey key() {
            return key;
        }

        Flow send(String text) {
            conversations.receive(InboundMessage.question(nextEvent(), key, customer, text, null, null));
            return this;
        }

        /** Asks for a person as a button would ({@link Intent#HUMAN}). */
        Flow askForPerson() {
            conversations.receive(InboundMessage.of(Intent.HUMAN, nextEvent(), key, customer, "/human", null, null));
            return this;
        }

        /** Presses a choice payload, as a channel hands a button press to the core. */
        Flow press(String payload) {
            conversations.receive(InboundMessage.choice(nextEvent(), key, customer, payload, null, null));
            return this;
        }

        /** Presses the {@code n}th (from 1) choice of the last reply. */
        Flow pick(int n) {
            OutboundMessage offer = last();
            assertThat(offer.choices()).as("choices of the last reply").hasSizeGreaterThanOrEqualTo(n);
            return press(ChoicePayload.entry(offer.messageId(), offer.choices().get(n - 1).entryId()));
        }

        /** Presses "Something else" under the last reply. */
        Flow somethingElse() {
            return press(ChoicePayload.somethingElse(last().messageId()));
        }

        /** The next delivered reply; fails when none comes within {@link #WAIT}. */
        OutboundMessage expectReply() {
            OutboundMessage next;
            try {
                next = queue(key.externalId()).poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            assertThat(next).as("a reply in " + key).isNotNull();
            replies.add(next);
            return next;
        }

        Flow expectFaqAnswer(String containing) {
            OutboundMessage reply = expectReply();
            assertThat(reply.source()).as("source of: " + reply.text()).isEqualTo(ReplySource.FAQ);
            assertThat(reply.text()).contains(containing);
            return this;
        }

        Flow expectAnswer(String containing) {
            return expectFaqAnswer(containing);
        }

        Flow expectChoices(int count) {
            OutboundMessage reply = expectReply();
            assertThat(reply.choices()).as("choices of: " + reply.text()).hasSize(count);
            return this;
        }

        /**
         * The offer of a person: the bot's own words, no ticket yet (a first miss on a chat, or a question far from
         * the FAQ); a "yes" or a second miss opens it.
         */
        Flow expectOfferOfAPerson() {
            OutboundMessage reply = expectReply();
            assertThat(reply.source()).isEqualTo(ReplySource.SYSTEM);
            assertThat(reply.needsHuman()).as("no ticket yet: " + reply.text()).isFalse();
            return this;
        }

                Flow expectHandoff() {
            OutboundMessage reply = expectReply();
            assertThat(reply.source()).isEqualTo(ReplySource.SYSTEM);
            assertThat(reply.needsHuman()).as("waits for a person: " + reply.text()).isTrue();
            return this;
        }

        /** The last reply expected in this flow. */
        OutboundMessage last() {
            assertThat(replies).as("a reply expected before").isNotEmpty();
            return replies.get(replies.size() - 1);
        }

        /** Nothing more was delivered in this conversation (call once the core has settled). */
        Flow expectNothingMore() {
            assertThat(queue(key.externalId())).as("replies not expected").isEmpty();
            return this;
        }

        private String nextEvent() {
            return key.externalId() + ":" + events.incrementAndGet();
        }
    }
}
