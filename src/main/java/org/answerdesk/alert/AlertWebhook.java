package org.answerdesk.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts an alert to the owner's webhook as JSON, signed: {@code X-Answerdesk-Signature: sha256=<hex>} is the
 * HMAC-SHA256 of the exact body bytes under {@code ANSWERDESK_ALERTS_WEBHOOK_SECRET}, and
 * {@code X-Answerdesk-Alert-Id} repeats the body's {@code alert_id}. A 2xx is delivered; 408, 429 and 5xx, a
 * timeout or a refused connection are tried again; any other status is refused for good.
 */
final class AlertWebhook {

    static final String SIGNATURE = "X-Answerdesk-Signature";
    static final String ALERT_ID = "X-Answerdesk-Alert-Id";

    /** The outcome of one attempt that did not go through. */
    static final class Failed extends Exception {
        final boolean permanent;

        Failed(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }
    }

    private final URI url;
    private final byte[] secret;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final java.time.Duration timeout;

    AlertWebhook(AlertProperties properties) {
        this.url = URI.create(properties.webhookUrl());
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.timeout = properties.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void send(TicketAlert alert) throws Failed {
        byte[] body = body(alert);
        var request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "answerdesk-alerts")
                .header(ALERT_ID, alert.alertId().toString())
                .header(SIGNATURE, "sha256=" + sign(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new Failed("webhook unreachable: " + e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted", false);
        }
        if (status / 100 == 2) {
            return;
        }
        boolean again = status >= 500 || status == 408 || status == 429;
        throw new Failed("webhook answered HTTP " + status, !again);
    }

    byte[] body(TicketAlert a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alert_id", a.alertId().toString());
        body.put("event", "ticket.opened");
        body.put("ticket_id", a.ticketId());
        body.put("conversation_id", a.conversationId());
        body.put("channel", a.channel());
        body.put("customer", a.customer());
        body.put("first_message", a.firstMessage());
        body.put("reason", a.reason());
        body.put("opened_at", a.openedAt() == null ? null : a.openedAt().toInstant().toString());
        body.put("url", a.url());
        return json.writeValueAsBytes(body);
    }

    /** Hex of HMAC-SHA256(secret, body): what the receiver computes to check {@link #SIGNATURE}. */
    static String sign(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
