package org.answerdesk.channel.telegram;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.answerdesk.admin.AdminProperties;
import org.answerdesk.admin.LoginThrottle;
import org.answerdesk.api.ApiError;
import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.conversation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Receives updates in webhook mode. It answers 200 once the update is stored, or quarantined because it can never
 * be (so Telegram stops sending it); 503 when storing failed for now and 429 while {@code queue-capacity} Telegram
 * messages wait for an answer, both
 * with {@code Retry-After}, so that Telegram delivers the update again; 400 for a body that is not an update;
 * 401 for a wrong secret, and 429 for an address that sent too many wrong ones lately.
 */
@RestController
@Conditional(TelegramConditions.Webhook.class)
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

    private final TelegramWebhook webhook;
    private final TelegramInbound updates;
    private final ChannelHealth health;
    private final LoginThrottle wrongSecrets;

    TelegramWebhookController(TelegramWebhook webhook, TelegramInbound updates,
                              @Qualifier("telegramHealthIndicator") ChannelHealth health, AdminProperties admin) {
        // guessing the secret is throttled like guessing the admin token
        this.wrongSecrets = new LoginThrottle(admin.maxFailures(), admin.failureWindow(), Clock.systemUTC());
        this.webhook = webhook;
        this.updates = updates;
        this.health = health;
    }

    @PostMapping("/telegram/webhook")
    ResponseEntity<?> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
                              @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        String client = request.getRemoteAddr();
        var wait = wrongSecrets.blockedFor(client);
        if (wait.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.get().toSeconds())))
                    .body(new ApiError(429, "too many wrong " + SECRET_HEADER + " from this address; try again later"));
        }
        if (!webhook.authentic(secret)) {
            wrongSecrets.failed(client);
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or wrong " + SECRET_HEADER);
        }
        wrongSecrets.succeeded(client);
        var update = TelegramJson.update(utf8(body)); // IllegalArgumentException: 400 with the reason
        try {
            if (updates.room() == 0) {
                health.failed("too many messages wait for an answer; Telegram is asked to send updates again later");
                return retryLater(HttpStatus.TOO_MANY_REQUESTS,
                        "too many messages wait for an answer; send the update again later");
            }
            updates.accept(update);
        } catch (RuntimeException e) { // only failures that waiting may cure come out of accept
            String reason = "update " + update.getUpdateId() + " could not be stored: " + Failures.describe(e);
            health.failed(reason);
            log.warn("{}; Telegram will send it again", reason);
            return retryLater(HttpStatus.SERVICE_UNAVAILABLE, "the update could not be stored now; send it later");
        }
        health.succeeded();
        return ResponseEntity.ok(Map.of("ok", true));
    }

    private static ResponseEntity<ApiError> retryLater(HttpStatus status, String reason) {
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, "1")
                .body(new ApiError(status.value(), reason));
    }

    /** The body as text; bytes that are not UTF-8 are a client error, not something to guess at. */
    private static String utf8(byte[] body) {
        if (body == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the body is not valid UTF-8");
        }
    }
}
