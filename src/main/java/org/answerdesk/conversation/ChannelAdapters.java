package org.answerdesk.conversation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link ChannelAdapter}s of the running app by channel, looked up once: they are asked on every answer, and a
 * lookup through the bean factory (ordered, by type) costs more than the capability itself. A channel that is not
 * enabled has no adapter and gets the contract's defaults. A channel connected at run time (from the admin page)
 * {@link #register registers} its adapter while it runs; it is asked before the start's.
 */
@Component
public class ChannelAdapters {

    private static final Logger log = LoggerFactory.getLogger(ChannelAdapters.class);

    // lazily: the adapters depend on the core that depends on this
    private final ObjectProvider<ChannelAdapter> provider;
    private volatile Map<Channel, ChannelAdapter> found;
    private final Map<Channel, ChannelAdapter> started = new java.util.concurrent.ConcurrentHashMap<>();

    ChannelAdapters(ObjectProvider<ChannelAdapter> provider) {
        this.provider = provider;
    }

    /** The channel's adapter; looked up again while there are none yet (a message answered during start-up). */
    public Optional<ChannelAdapter> of(Channel channel) {
        ChannelAdapter running = started.get(channel);
        if (running != null) {
            return Optional.of(running);
        }
        Map<Channel, ChannelAdapter> adapters = found;
        if (adapters == null) {
            adapters = new EnumMap<>(Channel.class);
            for (ChannelAdapter adapter : provider.orderedStream().toList()) {
                adapters.put(adapter.channel(), adapter);
            }
            if (!adapters.isEmpty()) {
                found = adapters;
            }
        }
        return Optional.ofNullable(adapters.get(channel));
    }

    /** The channels whose adapter is running. */
    public java.util.Set<Channel> enabled() {
        java.util.Set<Channel> out = java.util.EnumSet.noneOf(Channel.class);
        provider.orderedStream().forEach(a -> out.add(a.channel()));
        out.addAll(started.keySet());
        return out;
    }

    /** The adapter of a channel started at run time; it replaces the channel's previous one until {@link #unregister}. */
    public void register(ChannelAdapter adapter) {
        started.put(adapter.channel(), adapter);
    }

    /** The channel started at run time stopped: replies to it wait (PENDING) until it runs again. */
    public void unregister(Channel channel) {
        started.remove(channel);
    }

    /** {@link ChannelAdapter#beforeAnswer} of the key's channel; a failure is logged and the answer goes on. */
    public void beforeAnswer(ConversationKey key) {
        of(key.channel()).ifPresent(adapter -> {
            try {
                adapter.beforeAnswer(key);
            } catch (RuntimeException e) {
                log.debug("Before-answer hook failed for {}: {}", key, e.toString());
            }
        });
    }

    /** {@link ChannelAdapter#botName} of the channel. */
    public Optional<String> botName(Channel channel) {
        return of(channel).flatMap(ChannelAdapter::botName);
    }

    /** {@link ChannelAdapter#greetsFirstMessage} of the key's channel. */
    public boolean greetsFirstMessage(ConversationKey key) {
        return of(key.channel()).map(a -> a.greetsFirstMessage(key)).orElse(false);
    }

    /**
     * {@link ChannelAdapter#offersPersonAfterThumbsDown} of the channel; a channel without an adapter (not enabled)
     * keeps the contract's default.
     */
    public boolean offersPersonAfterThumbsDown(Channel channel) {
        return of(channel).map(ChannelAdapter::offersPersonAfterThumbsDown).orElse(true);
    }

    /** {@link ChannelAdapter#opensTicketWithChoices} of the channel; false for a channel without an adapter. */
    public boolean opensTicketWithChoices(Channel channel) {
        return of(channel).map(ChannelAdapter::opensTicketWithChoices).orElse(false);
    }
}
