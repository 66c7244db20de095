package org.answerdesk.channel;

import java.time.Duration;

/**
 * A delivery that did not go through. {@code retryAfter} is the platform's own wait (Telegram's retry_after,
 * Slack's Retry-After), or null to back off by the default schedule; a permanent failure (the user blocked the
 * bot) is not retried.
 */
public class DeliveryException extends Exception {

    private final Duration retryAfter;
    private final boolean permanent;

    private DeliveryException(String message, Throwable cause, Duration retryAfter, boolean permanent) {
        super(message, cause);
        this.retryAfter = retryAfter;
        this.permanent = permanent;
    }

    public static DeliveryException retryable(String message, Throwable cause) {
        return new DeliveryException(message, cause, null, false);
    }

    public static DeliveryException retryAfter(String message, Duration wait) {
        return new DeliveryException(message, null, wait, false);
    }

    public static DeliveryException permanent(String message, Throwable cause) {
        return new DeliveryException(message, cause, null, true);
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean permanent() {
        return permanent;
    }
}
