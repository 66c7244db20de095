package org.answerdesk.channel.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mailbox sign-ins an admin started and the provider has not sent back yet: each under a random {@code state}
 * (the callback's CSRF check: only a state this server handed out, once, within {@link #TTL}) with its PKCE verifier
 * (RFC 7636). Held in memory: the callback must come back to the instance that started the sign-in. Bounded: an
 * admin who starts many keeps only the newest.
 */
final class PendingSignIns {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final int MAX = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A started sign-in.
     *
     * @param settings the mailbox's settings entered on the admin page, stored once the sign-in completes (empty for
     *                 a mailbox configured in the environment); they hold secrets
     * @param redirectUri where the provider sends the browser back (null: the caller knows)
     */
    record Pending(String state, String verifier, Instant started, Map<String, String> settings,
                   String redirectUri) {

        Pending {
            settings = Map.copyOf(settings);
        }

        /** The PKCE challenge: S256 of the verifier. */
        String challenge() {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return "Pending[started=" + started + "]";
        }
    }

    private final Clock clock;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    PendingSignIns(Clock clock) {
        this.clock = clock;
    }

    synchronized Pending start() {
        return start(Map.of(), null);
    }

    /** A sign-in of a mailbox entered on the admin page, with its settings. */
    synchronized Pending start(Map<String, String> settings, String redirectUri) {
        var started = new Pending(random(), random(), clock.instant(), settings, redirectUri);
        pending.put(started.state(), started);
        while (pending.size() > MAX) {
            pending.remove(pending.keySet().iterator().next());
        }
        return started;
    }

    /** Whether a sign-in of this state is pending here (not taken, not older than {@link #TTL}); it stays. */
    synchronized boolean awaits(String state) {
        Pending found = state == null ? null : pending.get(state);
        return found != null && !clock.instant().isAfter(found.started().plus(TTL));
    }

    /** The sign-in of this state, once; empty for a state not handed out here, used, or older than {@link #TTL}. */
    synchronized Optional<Pending> take(String state) {
        Pending found = state == null ? null : pending.remove(state);
        if (found == null || clock.instant().isAfter(found.started().plus(TTL))) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
