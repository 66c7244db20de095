package org.answerdesk.conversation;

import java.util.Optional;

/**
 * What the core may ask of the channels while it answers, implemented by the channel layer: the core never
 * depends on a channel, and a channel offers only capabilities here, never decisions.
 */
public interface ChannelHooks {

    /**
     * Called on the answering worker before a question is answered (which may take a while): e.g. Telegram shows
     * "typing…". Best effort: a failure must not stop the answer.
     */
    void beforeAnswer(ConversationKey key);

    /** The bot's name on the channel, for {@code {bot}} in the start text; empty when the channel has none. */
    Optional<String> botName(Channel channel);

    /**
     * Whether a new conversation under this key starts with the customer's first question instead of a start
     * command (a Slack DM), so that the core greets before answering it.
     */
    default boolean greetsFirstMessage(ConversationKey key) {
        return false;
    }
}
