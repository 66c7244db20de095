package org.answerdesk.channel.whatsapp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.conversation.ConversationKey;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The latest customer message (wamid) of each conversation taken in by this instance and not answered yet, for
 * the read mark and typing indicator shown before the answer. Best effort: held in memory, the oldest dropped
 * past {@link #CAPACITY}; a message taken in by another instance or before a restart gets no read mark.
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class ReadMarks {

    static final int CAPACITY = 10_000;

    private final Map<ConversationKey, String> latest = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationKey, String> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void received(ConversationKey key, String wamid) {
        latest.remove(key);
        latest.put(key, wamid);
    }

    /** The message to mark read, once: a second answer in a row shows no second indicator. */
    synchronized Optional<String> take(ConversationKey key) {
        return Optional.ofNullable(latest.remove(key));
    }
}
