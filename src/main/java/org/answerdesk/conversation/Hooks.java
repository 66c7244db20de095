package org.answerdesk.conversation;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link ChannelHooks} of the running app, looked up once: they are asked on every answer, and a lookup
 * through the bean factory (ordered, by type) costs more than the hook itself.
 */
@Component
class Hooks {

    private final ObjectProvider<ChannelHooks> provider;
    private volatile List<ChannelHooks> found;

    Hooks(ObjectProvider<ChannelHooks> provider) {
        this.provider = provider;
    }

    /** The hooks in order; looked up again while there are none yet (a message answered during start-up). */
    List<ChannelHooks> all() {
        List<ChannelHooks> hooks = found;
        if (hooks == null) {
            hooks = provider.orderedStream().toList();
            if (!hooks.isEmpty()) {
                found = hooks;
            }
        }
        return hooks;
    }

    /** Whether a channel wants its first question greeted ({@link ChannelHooks#greetsFirstMessage}). */
    boolean greetsFirstMessage(ConversationKey key) {
        return all().stream().anyMatch(h -> h.greetsFirstMessage(key));
    }
}
