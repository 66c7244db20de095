package org.answerdesk.channel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelHooks;
import org.answerdesk.conversation.ConversationKey;
import org.springframework.stereotype.Component;

/** Offers the core each channel adapter's capabilities ({@link ChannelAdapter#beforeAnswer}, its bot name). */
@Component
class AdapterHooks implements ChannelHooks {

    private final Map<Channel, ChannelAdapter> adapters = new EnumMap<>(Channel.class);

    AdapterHooks(List<ChannelAdapter> adapters) {
        adapters.forEach(a -> this.adapters.put(a.channel(), a));
    }

    @Override
    public void beforeAnswer(ConversationKey key) {
        var adapter = adapters.get(key.channel());
        if (adapter != null) {
            adapter.beforeAnswer(key);
        }
    }

    @Override
    public Optional<String> botName(Channel channel) {
        var adapter = adapters.get(channel);
        return adapter == null ? Optional.empty() : adapter.botName();
    }

    @Override
    public boolean greetsFirstMessage(ConversationKey key) {
        var adapter = adapters.get(key.channel());
        return adapter != null && adapter.greetsFirstMessage(key);
    }
}
