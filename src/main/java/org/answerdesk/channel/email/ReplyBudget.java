package org.answerdesk.channel.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many answers went to each address within the last hour, so that the mailbox cannot be used to mail a third
 * party: a mail's {@code Reply-To} decides where the answer goes, and anyone can put any address there. Kept in
 * memory (the database keys conversations by sender, not by the address answered); a restart starts a fresh hour.
 * Used by the mailbox reader's single thread only.
 */
final class ReplyBudget {

    private static final Duration WINDOW = Duration.ofHours(1);
    /** Addresses remembered at most; the least recently answered are forgotten first. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    ReplyBudget(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** True while fewer than the hourly limit of answers went to this address. */
    boolean allows(String address) {
        Deque<Instant> times = sent.get(key(address));
        if (times == null) {
            return true;
        }
        Instant since = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
        return times.size() < perHour;
    }

    /** An answer to this address was decided on. */
    void spend(String address) {
        sent.computeIfAbsent(key(address), k -> new ArrayDeque<>()).addLast(clock.instant());
    }

    private static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
