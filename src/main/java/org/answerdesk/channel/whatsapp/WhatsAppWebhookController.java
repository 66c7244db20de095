package org.answerdesk.channel.whatsapp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import org.answerdesk.api.ApiError;
import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.conversation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Meta's webhook for the WhatsApp Business Account. {@code GET}: the subscription handshake, the challenge echoed
 * for the right verify token (403 otherwise). {@code POST}: the signature is checked over the raw bytes before
 * anything is parsed (401 without one, 403 for a wrong one); then 400 for a body that is not UTF-8 JSON of the
 * webhook's shape; 200 once everything in it is stored or quarantined; 429 while {@code queue-capacity} messages wait
 * for an answer and 503 when storing failed for now, both with {@code Retry-After}, so that Meta delivers it again.
 */
@RestController
@Conditional(WhatsAppConditions.Enabled.class)
class WhatsAppWebhookController {

    static final String PATH = "/whatsapp/webhook";

    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);

    private final WhatsAppInbound inbound;
    private final WhatsAppProperties properties;
    private final ChannelHealth health;

    WhatsAppWebhookController(WhatsAppInbound inbound, WhatsAppProperties properties,
                              @Qualifier("whatsappHealthIndicator") ChannelHealth health) {
        this.inbound = inbound;
        this.properties = properties;
        this.health = health;
        health.connected(); // nothing to connect to: deliveries may come
    }

    @GetMapping(PATH)
    ResponseEntity<?> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                             @RequestParam(name = "hub.verify_token", required = false) String token,
                             @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if (!"subscribe".equals(mode) || challenge == null || challenge.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "expected hub.mode=subscribe with a hub.challenge");
        }
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                properties.verifyToken().strip().getBytes(StandardCharsets.UTF_8))) {
            return error(HttpStatus.FORBIDDEN, "wrong hub.verify_token");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(@RequestHeader(name = WhatsAppSignature.HEADER, required = false) String signature,
                              @RequestBody(required = false) byte[] body) {
        if (signature == null || signature.isBlank()) {
            return error(HttpStatus.UNAUTHORIZED, "missing " + WhatsAppSignature.HEADER);
        }
        if (!WhatsAppSignature.valid(properties.appSecret().strip(), body == null ? new byte[0] : body, signature)) {
            return error(HttpStatus.FORBIDDEN, "wrong " + WhatsAppSignature.HEADER + " for this body");
        }
        JsonNode delivery = parse(body); // IllegalArgumentException: 400 with the reason
        try {
            if (WhatsAppInbound.carriesMessages(delivery) && inbound.room() == 0) {
                health.failed("too many messages wait for an answer; Meta is asked to deliver again later");
                return retryLater(HttpStatus.TOO_MANY_REQUESTS, "too many messages wait for an answer; deliver later");
            }
            inbound.accept(delivery);
        } catch (RuntimeException e) { // only failures that waiting may cure come out of accept
            String reason = "a WhatsApp delivery could not be stored: " + Failures.describe(e);
            health.failed(reason);
            log.warn("{}; Meta will deliver it again", reason);
            return retryLater(HttpStatus.SERVICE_UNAVAILABLE, "the delivery could not be stored now; deliver it later");
        }
        health.succeeded();
        return ResponseEntity.ok(Map.of("ok", true));
    }

    /** The body as a webhook delivery: UTF-8 JSON, an object whose {@code entry} is an array. */
    static JsonNode parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the body is not valid UTF-8");
        }
        JsonNode node;
        try {
            node = GraphApi.JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject() || !node.path("entry").isArray()) {
            throw new IllegalArgumentException("not a WhatsApp webhook delivery: an object with an 'entry' array "
                    + "is required");
        }
        return node;
    }

    private static ResponseEntity<ApiError> retryLater(HttpStatus status, String reason) {
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, "1")
                .body(new ApiError(status.value(), reason));
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String reason) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), reason));
    }
}
