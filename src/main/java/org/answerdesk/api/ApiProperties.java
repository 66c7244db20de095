package org.answerdesk.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP endpoints ({@code answerdesk.api.*}, e.g. {@code ANSWERDESK_API_RATE_LIMIT_PER_MINUTE}).
 *
 * @param maxBody   the largest request body per path; larger ones get 413
 * @param rateLimit requests per client address on the public web chat endpoints; more get 429
 */
@ConfigurationProperties("answerdesk.api")
public record ApiProperties(@DefaultValue MaxBody maxBody, @DefaultValue RateLimit rateLimit) {

    /**
     * @param standard  every path not named below, the web chat API ({@code /api/chat}) included
     * @param faqImport {@code /api/faq/import} and its preview {@code /api/faq/import/preview} (an admin's CSV or Markdown file)
     * @param slack     {@code /slack/events}
     * @param telegram  {@code /telegram/webhook}
     */
    public record MaxBody(@DefaultValue("64KB") DataSize standard, @DefaultValue("5MB") DataSize faqImport,
                          @DefaultValue("1MB") DataSize slack, @DefaultValue("1MB") DataSize telegram) {
    }

    /**
     * @param enabled        false turns rate limiting off (benchmarks)
     * @param perMinute      sustained requests per minute per client to chat, feedback, reset and the email
     *                       feedback pages
     * @param burst          how many of those a client may send at once before the per-minute pace applies
     * @param pollsPerMinute polls of {@code /api/chat/{session}/messages} per minute per client (the chat page
     *                       polls every 3 s: 20 a minute per open page), a budget of its own with the same burst
     * @param maxClients     client addresses remembered at most; the least recently seen are forgotten first
     * @param idleExpiry     a client's budget is forgotten after this long without a request
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("30") int perMinute,
                            @DefaultValue("10") int burst, @DefaultValue("120") int pollsPerMinute,
                            @DefaultValue("100000") int maxClients, @DefaultValue("10m") Duration idleExpiry) {
    }
}
