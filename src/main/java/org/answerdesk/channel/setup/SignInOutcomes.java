package org.answerdesk.channel.setup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatusCode;

/**
 * What became of the sign-ins the provider sent back, for the admin page to show once the browser is back on it:
 * under a random id, for {@link #TTL}, the newest {@link #MAX} (anyone can call the callback, so they are bounded).
 */
final class SignInOutcomes {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final int MAX = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sign-in's outcome: the channel as connected, or the status and reason of its refusal. */
    record Outcome(ChannelView connected, HttpStatusCode status, String error, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    SignInOutcomes(Clock clock) {
        this.clock = clock;
    }

    synchronized String connected(ChannelView view) {
        return put(new Outcome(view, null, null, clock.instant()));
    }

    synchronized String refused(HttpStatusCode status, String error) {
        return put(new Outcome(null, status, error, clock.instant()));
    }

    synchronized Optional<Outcome> get(String id) {
        Outcome outcome = outcomes.get(id);
        return outcome == null || clock.instant().isAfter(outcome.at().plus(TTL)) ? Optional.empty()
                : Optional.of(outcome);
    }

    private String put(Outcome outcome) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        outcomes.put(id, outcome);
        while (outcomes.size() > MAX) {
            outcomes.remove(outcomes.keySet().iterator().next());
        }
        return id;
    }
}
