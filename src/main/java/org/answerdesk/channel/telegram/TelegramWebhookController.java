package org.answerdesk.channel.telegram;

import java.util.Map;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Receives updates in webhook mode. It answers 200 only after the update is stored; when storing fails Telegram
 * gets an error and delivers the update again.
 */
@RestController
@Conditional(TelegramConditions.Webhook.class)
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramWebhook webhook;
    private final TelegramUpdates updates;

    TelegramWebhookController(TelegramWebhook webhook, TelegramUpdates updates) {
        this.webhook = webhook;
        this.updates = updates;
    }

    @PostMapping("/telegram/webhook")
    Map<String, Object> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                @RequestBody(required = false) String body) {
        if (!webhook.authentic(secret)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or wrong " + SECRET_HEADER);
        }
        updates.accept(TelegramJson.update(body));
        return Map.of("ok", true);
    }
}
