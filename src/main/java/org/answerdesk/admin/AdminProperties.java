package org.answerdesk.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param token          the admin token ({@code ANSWERDESK_ADMIN_TOKEN}): bearer token of the admin API and
 *                       {@code /actuator/prometheus}, and the password of the {@code /admin} login; with none set,
 *                       all of them are switched off
 * @param maxFailures    failed sign-ins (login form or bearer token) one client address may make within
 *                       {@code failureWindow} before it gets 429 until the window has passed
 * @param failureWindow  see {@code maxFailures}
 * @param sessionTimeout how long an admin session lasts without a request
 */
@ConfigurationProperties("answerdesk.admin")
public record AdminProperties(String token,
                              @DefaultValue("5") int maxFailures,
                              @DefaultValue("15m") Duration failureWindow,
                              @DefaultValue("12h") Duration sessionTimeout) {

    /** Shorter tokens are accepted but warned about at start: they can be guessed despite the throttle. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public AdminProperties {
        token = token == null ? null : token.strip(); // a stray space from a .env file would lock everyone out
        if (maxFailures < 1) {
            throw new IllegalArgumentException("answerdesk.admin.max-failures must be at least 1");
        }
        if (failureWindow.isNegative() || failureWindow.isZero()) {
            throw new IllegalArgumentException("answerdesk.admin.failure-window must be positive");
        }
    }

    /** Admin access with the defaults of everything but the token. */
    public static AdminProperties withToken(String token) {
        return new AdminProperties(token, 5, Duration.ofMinutes(15), Duration.ofHours(12));
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
