package org.answerdesk.channel.setup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Optional;

import org.answerdesk.channel.ChannelSecrets;
import org.answerdesk.channel.SignInRecords;
import org.answerdesk.conversation.Channel;
import org.springframework.http.HttpStatusCode;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What became of the sign-ins the provider sent back, for the admin page to show once the browser is back on it: each
 * under a random id of its own, for {@link #TTL}, kept sealed in {@link SignInRecords} so that any instance answers
 * it. Only a sign-in begun from the admin page gets one (the callback checks the state first), so strangers' calls
 * cannot push an outcome out.
 */
final class SignInOutcomes {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final String KEY = "outcome:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A sign-in's outcome: connected as {@code account}, or refused with the status and reason. */
    record Outcome(boolean connected, String account, HttpStatusCode status, String error) {
    }

    private final SignInRecords records;
    private final Clock clock;

    SignInOutcomes(SignInRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    String connected(Channel channel, String account) throws ChannelSecrets.Unavailable {
        return put(channel, new Outcome(true, account, null, null));
    }

    String refused(Channel channel, HttpStatusCode status, String error) throws ChannelSecrets.Unavailable {
        return put(channel, new Outcome(false, null, status, error));
    }

    Optional<Outcome> get(Channel channel, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return records.read(channel, KEY + id).filter(kept -> !clock.instant().isAfter(kept.expires()))
                .flatMap(kept -> parsed(kept.value()));
    }

    private String put(Channel channel, Outcome outcome) throws ChannelSecrets.Unavailable {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var kept = new LinkedHashMap<String, Object>();
        kept.put("connected", outcome.connected());
        kept.put("account", outcome.account());
        kept.put("status", outcome.status() == null ? null : outcome.status().value());
        kept.put("error", outcome.error());
        records.keep(channel, KEY + id, JSON.writeValueAsString(kept), clock.instant().plus(TTL));
        return id;
    }

    private static Optional<Outcome> parsed(String value) {
        try {
            JsonNode json = JSON.readTree(value);
            if (json.path("connected").asBoolean(false)) {
                return Optional.of(new Outcome(true, json.path("account").asString(null), null, null));
            }
            return Optional.of(new Outcome(false, null, HttpStatusCode.valueOf(json.path("status").asInt(400)),
                    json.path("error").asString("")));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
