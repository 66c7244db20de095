package org.answerdesk.conversation;

import org.answerdesk.dialogue.HandoffReasons;
import java.util.Optional;

/**
 * The one contract between a platform and the core: the core declares it, each channel adapter implements it, and
 * the core never depends on an adapter. Only {@link #channel} and {@link #deliver} are required; every capability
 * has a default a text-only channel can live with.
 *
 * <p>On the way in, an adapter maps a platform payload to an {@link InboundEvent} and hands it to
 * {@link ConversationService#receive}: it must not acknowledge the platform (advance an offset, answer 200, flag a
 * mail) before {@code receive} returned. On the way out, the channel layer's dispatcher calls {@link #deliver} for
 * every stored reply of the adapter's channel. Platform formatting and escaping live in the adapter; nothing about
 * the platform leaks into the core.
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

    /** The bot's name as the platform shows it, for {@code {bot}} in the start text; empty by default. */
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

    /**
     * Whether a thumbs-down on a bot answer brings the offer of a person in the conversation (a chat). True by
     * default; mail offers none (its feedback page tells how to reach a person).
     */
    default boolean offersPersonAfterThumbsDown() {
        return true;
    }

    /**
     * Whether a clarify reply also opens a ticket, which a person takes unless the customer confirms one of the
     * offered answers first ({@link HandoffReasons#AWAITING_PICK}): for a channel whose customer may read the
     * choices much later or never (mail). False by default: a chat customer picks or asks on at once.
     */
    default boolean opensTicketWithChoices() {
        return false;
    }

    /**
     * Whether the answers to one message that asked several questions go out together, in one platform message
     * (a mail), rather than one message each (a chat, where each gets its own rating). The dispatcher then claims
     * them together and hands them over as one {@link OutboundMessage} with {@link OutboundMessage#further}. False
     * by default.
     */
    default boolean sendsAnswersTogether() {
        return false;
    }
}
