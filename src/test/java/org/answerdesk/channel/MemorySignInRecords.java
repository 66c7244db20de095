package org.answerdesk.channel;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.conversation.Channel;

/** {@link SignInRecords} in a map, for the unit tests of what keeps its sign-ins there; the IT use PostgreSQL. */
public final class MemorySignInRecords implements SignInRecords {

    private final Map<String, Kept> kept = new HashMap<>();

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public synchronized void keep(Channel channel, String key, String value, Instant expires) {
        kept.put(channel + "/" + key, new Kept(value, expires));
    }

    @Override
    public synchronized Optional<Kept> read(Channel channel, String key) {
        return Optional.ofNullable(kept.get(channel + "/" + key));
    }

    @Override
    public synchronized Optional<Kept> take(Channel channel, String key) {
        return Optional.ofNullable(kept.remove(channel + "/" + key));
    }

    /** How many records are kept. */
    public synchronized int size() {
        return kept.size();
    }
}
