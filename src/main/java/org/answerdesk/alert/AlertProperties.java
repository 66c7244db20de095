package org.answerdesk.alert;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alerts of new tickets ({@code answerdesk.alerts.*}, e.g. {@code ANSWERDESK_ALERTS_WEBHOOK_URL}).
 *
 * @param webhookUrl     receives a JSON POST for each new ticket; unset sends none
 * @param webhookSecret  the key of the {@code X-Answerdesk-Signature} header (HMAC-SHA256 of the body); required
 *                       with {@code webhookUrl}; never logged
 * @param email          receives a mail for each new ticket, through the email channel's SMTP; unset (or no email
 *                       channel) sends none
 * @param maxAttempts    attempts before an alert is given up (marked FAILED, counted, logged)
 * @param initialBackoff wait after the first failure; doubled after each further one
 * @param maxBackoff     the longest wait between attempts
 * @param lease          how long one attempt may take before another worker may try the alert again
 * @param timeout        connect and response timeout of the webhook
 */
@ConfigurationProperties("answerdesk.alerts")
record AlertProperties(
        String webhookUrl,
        String webhookSecret,
        String email,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("2s") Duration initialBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("10s") Duration timeout) {

    AlertProperties {
        webhookUrl = blank(webhookUrl) ? null : webhookUrl.strip();
        email = blank(email) ? null : email.strip();
        if (webhookUrl != null) {
            String scheme = schemeOf(webhookUrl);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException("ANSWERDESK_ALERTS_WEBHOOK_URL (answerdesk.alerts.webhook-url) "
                        + "must be an http(s) address, e.g. https://hooks.example/answerdesk");
            }
            if (blank(webhookSecret)) {
                throw new IllegalArgumentException("ANSWERDESK_ALERTS_WEBHOOK_SECRET (answerdesk.alerts.webhook-secret)"
                        + " is required with ANSWERDESK_ALERTS_WEBHOOK_URL: the receiver checks the alerts' "
                        + "signature with it");
            }
        }
    }

    /** The wait before attempt {@code failedAttempts + 1}. */
    Duration backoff(int failedAttempts) {
        long millis = initialBackoff.toMillis() << Math.min(Math.max(failedAttempts - 1, 0), 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    private static String schemeOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null || uri.getHost() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "AlertProperties[webhookUrl=" + webhookUrl + ", webhookSecret=***, email=" + email + "]";
    }
}
