package org.answerdesk.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.answerdesk.channel.ChannelHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Webhook mode: registers the webhook with its secret token (again every minute until Telegram accepted it) and
 * checks the secret on each call. The registration is reported to the {@code telegram} health component: failing
 * until Telegram accepted it.
 */
@Component
@Conditional(TelegramConditions.Webhook.class)
class TelegramWebhook {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

    private final TelegramClient telegram;
    private final ChannelHealth health;
    private final String token;
    private final String url;
    private final byte[] secret;
    private volatile boolean registered;

    TelegramWebhook(TelegramClient telegram, @Qualifier("telegramHealthIndicator") ChannelHealth health,
                    TelegramProperties properties) {
        this.telegram = telegram;
        this.health = health;
        this.token = properties.botToken();
        this.url = properties.webhookUrl().strip();
        String configured = properties.webhookSecret();
        if (configured == null || configured.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            configured = HexFormat.of().formatHex(random);
            log.info("No ANSWERDESK_TELEGRAM_WEBHOOK_SECRET set; using a random secret for this run");
        }
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
    }

    @Scheduled(initialDelay = 0, fixedDelay = 60_000)
    void register() {
        if (registered) {
            return;
        }
        try {
            var request = SetWebhook.builder().url(url).secretToken(new String(secret, StandardCharsets.UTF_8))
                    .allowedUpdates(TelegramInbound.ALLOWED).build();
            registered = telegram.execute(request);
            if (registered) {
                health.connected();
                log.info("Telegram webhook registered at {}", url);
            } else {
                health.failed("Telegram did not accept the webhook at " + url);
            }
        } catch (TelegramApiException e) {
            String reason = String.valueOf(e.getMessage()).replace(token, "***");
            health.failed("could not register the webhook at " + url + ": " + reason);
            log.warn("Could not register the Telegram webhook at {} (will try again): {}", url, reason);
        }
    }

    /** Whether a call carries the secret (compared in constant time). */
    boolean authentic(String headerValue) {
        return headerValue != null
                && MessageDigest.isEqual(secret, headerValue.getBytes(StandardCharsets.UTF_8));
    }
}
