package org.answerdesk.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Failed sign-ins per client address in a sliding window: after {@code maxFailures} failures within
 * {@code window}, the client is refused (even with the right token) until its oldest failure leaves the window.
 * A success clears only that client's failures. In memory, per instance: a restart forgets them. Also for other
 * shared secrets a client presents (the Telegram webhook's), each with a throttle of its own.
 */
public final class LoginThrottle {

    /** Clients tracked at most; past it the least recently failed are forgotten (a spray from many addresses). */
    private static final int MAX_CLIENTS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures;

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        // bounded, and a client's failures are gone once they all left the window: no sweep over every client
        this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MAX_CLIENTS)
                .<String, Deque<Instant>>build().asMap();
    }

    /** How long the client must still wait, or empty when it may try. */
    public Optional<Duration> blockedFor(String client) {
        Instant now = clock.instant();
        Instant[] oldest = {null};
        // every read and change of a client's failures runs inside the map's atomic compute for that key
        failures.computeIfPresent(client, (k, times) -> {
            Deque<Instant> recent = prune(times, now);
            if (recent != null && recent.size() >= maxFailures) {
                oldest[0] = recent.peekFirst();
            }
            return recent;
        });
        return oldest[0] == null ? Optional.empty() : Optional.of(Duration.between(now, oldest[0].plus(window)));
    }

    public void failed(String client) {
        Instant now = clock.instant();
        failures.compute(client, (k, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : prune(times, now);
            recent = recent == null ? new ArrayDeque<>() : recent;
            recent.addLast(now);
            while (recent.size() > maxFailures) {
                recent.removeFirst();
            }
            return recent;
        });
    }

    public void succeeded(String client) {
        failures.remove(client);
    }

    /** The failures still inside the window, or null (which removes the entry) when there are none. */
    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
        return times.isEmpty() ? null : times;
    }
}
