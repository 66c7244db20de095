package org.answerdesk.channel.whatsapp;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.conversation.DeliveryException;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meta's Graph API {@code /{phone-number-id}/messages}: one JSON call with the bearer token, and its failure mapped
 * to the one retry policy. Rate limits and Meta's own outages are retried; the customer's closed 24-hour window is
 * a {@link WindowClosed}; any other refusal is permanent. Every refusal is counted in
 * {@code answerdesk.whatsapp.graph.errors} by Meta's error code and what became of it.
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class GraphApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Re-engagement message: more than 24 hours since the customer last wrote. */
    static final int WINDOW_CLOSED = 131047;
    /** Throughput, spam and pair rate limits, and the app's call limits: wait and send again. */
    private static final Set<Integer> RATE_LIMITS = Set.of(4, 80007, 130429, 131048, 131056, 613);
    /** Meta's side failed for now (unknown error, service unavailable, temporarily unavailable). */
    private static final Set<Integer> TEMPORARY = Set.of(1, 2, 131000, 131016, 133004);

    /** The customer's service window has closed; the message must go out as a template or not at all. */
    static final class WindowClosed extends Exception {
        WindowClosed(String message) {
            super(message);
        }
    }

    private final WhatsAppProperties properties;
    private final MeterRegistry meters;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    GraphApi(WhatsAppProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
    }

    /** A message object with {@code messaging_product} set, to fill in. */
    static ObjectNode message() {
        return JSON.createObjectNode().put("messaging_product", "whatsapp");
    }

    /**
     * Sends the message and returns the wamid Meta gave it.
     *
     * @throws WindowClosed       when Meta refuses it because the customer's window has closed
     * @throws DeliveryException  any other failure, retryable or permanent
     */
    String send(ObjectNode message) throws DeliveryException, WindowClosed {
        JsonNode answer = call(message);
        String wamid = answer.path("messages").path(0).path("id").asString("");
        if (wamid.isBlank()) {
            throw DeliveryException.retryable("WhatsApp accepted the message but gave no id: " + excerpt(answer), null);
        }
        return wamid;
    }

    /**
     * Uploads a file as media ({@code POST /{phone-number-id}/media}, multipart) and returns its media id, which a
     * message then sends. A retry uploads again: an unsent upload expires at Meta.
     */
    String upload(byte[] bytes, String mediaType, String name) throws DeliveryException, WindowClosed {
        String boundary = "answerdesk-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        String quoted = name.replace("\"", "");
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + mediaType + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + quoted
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode answer = exchange(HttpRequest.newBuilder(properties.mediaUri()).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + properties.accessToken().strip())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        String id = answer.path("id").asString("");
        if (id.isBlank()) {
            throw DeliveryException.retryable("WhatsApp took the upload but gave no media id: " + excerpt(answer), null);
        }
        return id;
    }

    /** A call whose answer does not matter beyond success (a read mark). */
    void post(ObjectNode body) throws DeliveryException, WindowClosed {
        call(body);
    }

    private JsonNode call(ObjectNode body) throws DeliveryException, WindowClosed {
        return exchange(HttpRequest.newBuilder(properties.messagesUri())
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + properties.accessToken().strip())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build());
    }

    private JsonNode exchange(HttpRequest request) throws DeliveryException, WindowClosed {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            count("network", "retry");
            throw DeliveryException.retryable("WhatsApp could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.retryable("interrupted while sending to WhatsApp", e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 == 2) {
            return answer;
        }
        throw refusal(response, answer);
    }

    private DeliveryException refusal(HttpResponse<String> response, JsonNode answer) throws WindowClosed {
        int status = response.statusCode();
        JsonNode error = answer.path("error");
        int code = error.path("code").asInt(0);
        String detail = error.path("error_data").path("details").asString("");
        String reason = "WhatsApp error " + (code == 0 ? "HTTP " + status : code) + ": "
                + error.path("message").asString(excerpt(answer)) + (detail.isBlank() ? "" : " (" + detail + ")");
        String tag = code == 0 ? "http-" + status : Integer.toString(code);
        if (code == WINDOW_CLOSED) {
            count(tag, "window");
            throw new WindowClosed(reason);
        }
        if (status == 429 || RATE_LIMITS.contains(code)) {
            count(tag, "retry");
            var wait = retryAfter(response);
            return wait == null ? DeliveryException.retryable(reason, null) : DeliveryException.retryAfter(reason, wait);
        }
        if (status >= 500 || TEMPORARY.contains(code)) {
            count(tag, "retry");
            return DeliveryException.retryable(reason, null);
        }
        count(tag, "permanent");
        return DeliveryException.permanent(reason, null);
    }

    private void count(String code, String outcome) {
        meters.counter("answerdesk.whatsapp.graph.errors", "code", code, "outcome", outcome).increment();
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        try {
            return response.headers().firstValue("Retry-After").map(Long::parseLong)
                    .map(s -> Duration.ofSeconds(Math.max(1, Math.min(s, 3600)))).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.createObjectNode().put("body", body.length() > 200 ? body.substring(0, 200) : body);
        }
    }

    private static String excerpt(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
