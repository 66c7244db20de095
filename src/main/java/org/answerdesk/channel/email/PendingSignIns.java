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

import org.answerdesk.channel.ChannelSecrets;
import org.answerdesk.channel.SignInRecords;
import org.answerdesk.conversation.Channel;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mailbox sign-ins an admin started and the provider has not sent back yet: each under a random {@code state}
 * (the callback's CSRF check: only a state handed out by this app, once, within {@link #TTL}) with its PKCE verifier
 * (RFC 7636). Kept sealed in {@link SignInRecords}, so that the browser may come back to any instance.
 */
final class PendingSignIns {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final String KEY = "pending:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    private final SignInRecords records;
    private final Clock clock;

    PendingSignIns(SignInRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    Pending start() throws ChannelSecrets.Unavailable {
        return start(Map.of(), null);
    }

    /** A sign-in of a mailbox entered on the admin page, with its settings, kept sealed for {@link #TTL}. */
    Pending start(Map<String, String> settings, String redirectUri) throws ChannelSecrets.Unavailable {
        var started = new Pending(random(), random(), clock.instant(), settings, redirectUri);
        var kept = new LinkedHashMap<String, Object>();
        kept.put("verifier", started.verifier());
        kept.put("started", started.started().toString());
        kept.put("redirect_uri", started.redirectUri());
        kept.put("settings", started.settings());
        records.keep(Channel.EMAIL, KEY + started.state(), JSON.writeValueAsString(kept), started.started().plus(TTL));
        return started;
    }

    /** Whether a sign-in of this state is pending (not taken, not older than {@link #TTL}); it stays. */
    boolean awaits(String state) {
        return state != null && records.read(Channel.EMAIL, KEY + state).filter(this::fresh).isPresent();
    }

    /** The sign-in of this state, once; empty for a state not handed out, used, or older than {@link #TTL}. */
    Optional<Pending> take(String state) {
        if (state == null) {
            return Optional.empty();
        }
        return records.take(Channel.EMAIL, KEY + state).filter(this::fresh).flatMap(kept -> parsed(state, kept));
    }

    private boolean fresh(SignInRecords.Kept kept) {
        return !clock.instant().isAfter(kept.expires());
    }

    private static Optional<Pending> parsed(String state, SignInRecords.Kept kept) {
        try {
            JsonNode json = JSON.readTree(kept.value());
            Map<String, String> settings = JSON.convertValue(json.path("settings"),
                    new TypeReference<LinkedHashMap<String, String>>() { });
            String redirectUri = json.path("redirect_uri").isString() ? json.path("redirect_uri").asString() : null;
            return Optional.of(new Pending(state, json.path("verifier").asString(),
                    Instant.parse(json.path("started").asString()), settings, redirectUri));
        } catch (JacksonException | java.time.DateTimeException e) {
            return Optional.empty(); // written by another version: the owner signs in again
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
