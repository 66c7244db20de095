package org.answerdesk.channel.slack;

import java.time.Duration;
import java.time.Instant;

/**
 * Slack's request timestamps: Bolt refuses one more than five minutes old (a replay), but takes one from any time
 * in the future, so a signed request captured with a forged-ahead clock could be replayed for as long. A request
 * stamped further ahead than Bolt's tolerance behind is refused too.
 */
final class SlackClock {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private SlackClock() {
    }

    /** Whether {@code timestamp} (seconds since the epoch, as Slack sends it) is too far after {@code now}. */
    static boolean isAhead(String timestamp, Instant now) {
        if (timestamp == null) {
            return false; // Bolt refuses it
        }
        try {
            return Long.parseLong(timestamp.strip()) > now.plus(TOLERANCE).getEpochSecond();
        } catch (NumberFormatException e) {
            return false; // Bolt refuses it
        }
    }
}
