package org.answerdesk.channel;

import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;

/**
 * The contract between a platform and the pipeline. On the way in, an adapter maps a platform payload to an
 * {@link org.answerdesk.conversation.InboundEvent} and hands it to
 * {@link org.answerdesk.conversation.ConversationService}: it must not acknowledge the platform (advance an
 * offset, answer 200, flag a mail) before {@code receive} returned. On the way out, the {@link ReplyDispatcher}
 * calls {@link #deliver} for every stored reply of the adapter's channel.
 *
 * <p>Adapters stay thin: platform formatting and escaping live here; nothing about the platform leaks into the
 * pipeline.
 */
public interface ChannelAdapter {

    Channel channel();

    /**
     * Sends one stored outbound message to the platform.
     *
     * @return the platform's id of the sent message (so that a later reaction finds the reply it rates); may be
     *         null when the platform gives none
     * @throws DeliveryException when it could not be sent; it is retried unless the exception says it is
     *                           permanent
     */
    MessageRef deliver(OutboundMessage message) throws DeliveryException;

    /**
     * Called by the core's answering worker before it answers a question in this channel (the answer may take a
     * while, e.g. an LLM call): a capability such as Telegram's "typing…" indicator. Best effort and quick: a
     * failure is logged and the answer goes on. Nothing by default.
     */
    default void beforeAnswer(ConversationKey key) {
    }

    /** The bot's name as the platform shows it, for the start greeting; empty by default. */
    default Optional<String> botName() {
        return Optional.empty();
    }

    /**
     * Whether a new conversation under this key opens with the customer's first question rather than a start
     * command, so that the core sends the greeting first (a Slack DM). False by default.
     */
    default boolean greetsFirstMessage(ConversationKey key) {
        return false;
    }
}
