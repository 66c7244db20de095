package org.answerdesk.conversation;

import java.time.Duration;

/**
 * A delivery that did not go through. {@code retryAfter} is the platform's own wait (Telegram's retry_after,
 * Slack's Retry-After), or null to back off by the default schedule; a permanent failure (the user blocked the
 * bot) is not retried. {@code partsDelivered} tells how many parts of a reply sent as several platform messages
 * went out before the failure, so that the retry starts after them.
 */
public class DeliveryException extends Exception {

    private final Duration retryAfter;
    private final boolean permanent;
    private final int partsDelivered;

    private DeliveryException(String message, Throwable cause, Duration retryAfter, boolean permanent,
                              int partsDelivered) {
        super(message, cause);
        this.retryAfter = retryAfter;
        this.permanent = permanent;
        this.partsDelivered = partsDelivered;
    }

    public static DeliveryException retryable(String message, Throwable cause) {
        return new DeliveryException(message, cause, null, false, 0);
    }

    public static DeliveryException retryAfter(String message, Duration wait) {
        return new DeliveryException(message, null, wait, false, 0);
    }

    public static DeliveryException permanent(String message, Throwable cause) {
        return new DeliveryException(message, cause, null, true, 0);
    }

    /** This failure, noting that the first {@code parts} parts of the message were delivered before it. */
    public DeliveryException afterParts(int parts) {
        var copy = new DeliveryException(getMessage(), getCause(), retryAfter, permanent, parts);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    public int partsDelivered() {
        return partsDelivered;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean permanent() {
        return permanent;
    }
}
