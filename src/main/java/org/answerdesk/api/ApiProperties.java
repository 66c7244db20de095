package org.answerdesk.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP endpoints ({@code answerdesk.api.*}, e.g. {@code ANSWERDESK_API_RATE_LIMIT_PER_MINUTE}).
 *
 * @param maxBody      the largest request body per path; larger ones get 413
 * @param bodyDeadline how long a request body may take to arrive whole; a slower one gets 408
 * @param rateLimit    requests per client address on the public web chat endpoints; more get 429
 */
@ConfigurationProperties("answerdesk.api")
public record ApiProperties(@DefaultValue MaxBody maxBody, @DefaultValue BodyDeadline bodyDeadline,
                            @DefaultValue RateLimit rateLimit) {

    /**
     * @param standard  largest body on every path not named below, the web chat API ({@code /api/chat}) included;
     *                  a larger one gets 413 at once when its {@code Content-Length} says so, else at the first byte
     *                  past the limit while it is read (never buffered whole)
     * @param faqImport largest body on {@code /api/faq/import} and its preview {@code /api/faq/import/preview} (an admin's
     *                  CSV or Markdown file)
     * @param knowledgeUpload largest body on {@code /api/knowledge/sources} (an uploaded Markdown, HTML, PDF or text
     *                  file; {@code ANSWERDESK_KNOWLEDGE_MAX_FILE_BYTES} caps the file itself)
     * @param chatUpload largest body on {@code /api/chat/files} (a customer's file in the web chat) and on
     *                  {@code /api/tickets/{id}/files} (a staff's file for the customer); the file itself is bounded
     *                  by {@code answerdesk.attachment.max-file-size}
     * @param slack     largest body on {@code /slack/events}
     * @param telegram  largest body on {@code /telegram/webhook}
     * @param whatsapp  largest body on {@code /whatsapp/webhook} (Meta batches several messages and statuses)
     * @param inMemory  bodies are received whole before a request thread takes them up (a slow one holds none);
     *                  this much of all the bodies in flight together is kept in memory, the rest in temporary
     *                  files ({@code java.io.tmpdir})
     */
    public record MaxBody(@DefaultValue("64KB") DataSize standard, @DefaultValue("5MB") DataSize faqImport,
                          @DefaultValue("21MB") DataSize knowledgeUpload, @DefaultValue("11MB") DataSize chatUpload,
                          @DefaultValue("1MB") DataSize slack, @DefaultValue("1MB") DataSize telegram,
                          @DefaultValue("1MB") DataSize whatsapp, @DefaultValue("32MB") DataSize inMemory) {
    }

    /**
     * How long a body may take to arrive. No request thread waits for it meanwhile (bodies are read without
     * blocking), but each holds a connection and its bytes so far: past the deadline it gets 408.
     *
     * @param standard time from the request's start for its whole body on every path not named below (webhooks,
     *                 the web chat API, forms); past it the client gets 408 and the connection is closed
     * @param upload   the same for an admin's files: {@code /api/faq/import}, its preview and
     *                 {@code /api/knowledge/sources}
     */
    public record BodyDeadline(@DefaultValue("10s") Duration standard, @DefaultValue("5m") Duration upload) {
    }

    /**
     * @param enabled        false turns rate limiting off (benchmarks)
     * @param perMinute      sustained requests per minute per client address to {@code /api/chat},
     *                       {@code /api/feedback}, {@code /api/reset} and the email feedback pages
     *                       ({@code /feedback/...}); more get 429 with {@code Retry-After}. A person types a few
     *                       messages a minute; 30 caps what one address can spend on LLM calls
     * @param burst          how many of those a client may send at once before the per-minute pace applies (30 a
 *                       minute with a burst of 10: ten at once, then one every 2 s)
     * @param pollsPerMinute polls of {@code /api/chat/{session}/messages} per minute per client (the chat page
     *                       polls every 3 s: 20 a minute per open page), a budget of its own with the same burst
     * @param downloadsPerMinute downloads of a web chat session's files ({@code /api/chat/{session}/files/{id}}) per
     *                       minute per client, a budget of its own with the same burst: each reads a whole file (up
     *                       to 10 MB) from the database
     * @param maxClients     client addresses remembered at most; the least recently seen are forgotten first
     * @param idleExpiry     a client's budget is forgotten after this long without a request
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("30") int perMinute,
                            @DefaultValue("10") int burst, @DefaultValue("120") int pollsPerMinute,
                            @DefaultValue("30") int downloadsPerMinute,
                            @DefaultValue("100000") int maxClients, @DefaultValue("10m") Duration idleExpiry) {
    }
}
