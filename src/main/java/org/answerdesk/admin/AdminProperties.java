package org.answerdesk.admin;

import java.time.Duration;
import java.util.Locale;

import org.answerdesk.language.Languages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Admin access ({@code answerdesk.admin.*}, e.g. {@code ANSWERDESK_ADMIN_TOKEN}).
 *
 * @param token          the admin token: bearer token of the admin API ({@code /api/faq}, {@code /api/tickets},
 *                       {@code /api/analytics}), {@code /actuator/prometheus} and the details of
 *                       {@code /actuator/health}, and the password of the {@code /admin} login (then a session
 *                       cookie); with none set, they answer 403 ({@code /admin} shows that it is disabled)
 * @param maxFailures    failed sign-ins (login form or bearer token) one client address may make within
 *                       {@code failureWindow} before it gets 429 until the window has passed
 * @param failureWindow  the window in which {@code maxFailures} failed sign-ins are counted
 * @param sessionTimeout how long an admin session lasts without a request (it also ends at sign-out)
 * @param language       the language of the admin page and its sign-in page: en, de, es, fr, it, pt or nl (any
 *                       shipped language, served to customers or not); empty for the shop's default language (the
 *                       first of {@code ANSWERDESK_LANGUAGES}). A browser may choose another on the page's settings
 */
@ConfigurationProperties("answerdesk.admin")
public record AdminProperties(String token,
                              @DefaultValue("5") int maxFailures,
                              @DefaultValue("15m") Duration failureWindow,
                              @DefaultValue("12h") Duration sessionTimeout,
                              @DefaultValue("") String language) {

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
        language = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && !Languages.SHIPPED_TAGS.contains(language)) {
            throw new IllegalArgumentException("answerdesk.admin.language (ANSWERDESK_ADMIN_LANGUAGE) is " + language
                    + ", which the admin page has no texts for; the shipped languages are "
                    + String.join(", ", Languages.SHIPPED_TAGS) + " (a language code, e.g. de), or empty for the "
                    + "shop's default language");
        }
    }

    /** Admin access with the defaults of everything but the token. */
    public static AdminProperties withToken(String token) {
        return new AdminProperties(token, 5, Duration.ofMinutes(15), Duration.ofHours(12), "");
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
