package org.answerdesk.channel.slack;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServletRequest;
import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slack's Events API over HTTP: the request is handed to Bolt as is, which checks the signature and timestamp
 * (401 if either is bad), answers {@code url_verification}, and runs {@link SlackInbound}. A body that is not UTF-8
 * or not a Slack request is a 400; a signed event Bolt cannot read is quarantined and acknowledged (Slack would
 * only send it again); a failure that waiting may cure is a 503, so that Slack retries the event.
 */
@RestController
@Conditional(SlackConditions.HttpMode.class)
class SlackEventsController {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsController.class);
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final App app;
    private final SlackRequestParser parser;
    private final ConversationService conversations;
    private final ChannelHealth health;
    private final SlackSignature.Verifier signatures;

    SlackEventsController(App app, ConversationService conversations,
                          @Qualifier("slackHealthIndicator") ChannelHealth health) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.conversations = conversations;
        this.health = health;
        this.signatures = new SlackSignature.Verifier(new SlackSignature.Generator(app.config().getSigningSecret()));
        health.connected(); // the token was checked (auth.test) when the app was made; events may come
    }

    @PostMapping("/slack/events")
    ResponseEntity<String> events(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        if (body != null && body.length > MAX_BODY_BYTES) {
            return error(HttpStatus.CONTENT_TOO_LARGE, "request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        String text;
        try {
            text = body == null ? "" : StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return error(HttpStatus.BAD_REQUEST, "the body is not valid UTF-8");
        }
        if (SlackClock.isAhead(request.getHeader("X-Slack-Request-Timestamp"), Instant.now())) {
            return error(HttpStatus.UNAUTHORIZED, "the request timestamp is more than "
                    + SlackClock.TOLERANCE.toMinutes() + " minutes in the future");
        }
        var headers = new RequestHeaders(headers(request));
        Request<?> slackRequest;
        try {
            slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(request.getRequestURI())
                    .queryString(Map.of())
                    .headers(headers)
                    .requestBody(text)
                    .remoteAddress(request.getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            log.info("Unparseable Slack request: {}", e.toString());
            return error(HttpStatus.BAD_REQUEST, "not a Slack Events API request");
        }
        if (slackRequest == null) {
            return error(HttpStatus.BAD_REQUEST, "not a Slack Events API request");
        }
        Response response;
        try {
            response = app.run(slackRequest);
        } catch (Exception e) {
            return failed(e, headers, text);
        }
        var entity = ResponseEntity.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> entity.header(name, values.toArray(String[]::new)));
        }
        if (response.getContentType() != null) {
            entity.header(HttpHeaders.CONTENT_TYPE, response.getContentType());
        }
        return entity.body(response.getBody());
    }

    /** Bolt itself failed on the request (its handlers catch their own failures, see {@link SlackInbound}). */
    private ResponseEntity<String> failed(Exception e, RequestHeaders headers, String body) {
        Exception failure = e;
        if (!Failures.isTransient(failure)) {
            if (!authentic(headers, body)) {
                return error(HttpStatus.BAD_REQUEST, "not a Slack Events API request");
            }
            try {
                conversations.quarantine(Channel.SLACK, SlackEventGuard.eventId(body),
                        "unreadable event: " + Failures.describe(e), body);
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"ok\":true}");
            } catch (RuntimeException q) {
                if (!Failures.isTransient(q)) {
                    throw q;
                }
                failure = q;
            }
        }
        health.failed("Slack event " + SlackEventGuard.eventId(body) + " could not be stored: "
                + Failures.describe(failure));
        return error(HttpStatus.SERVICE_UNAVAILABLE, "the event could not be stored now; Slack retries it");
    }

    private boolean authentic(RequestHeaders headers, String body) {
        try {
            return signatures.isValid(headers.getFirstValue("X-Slack-Request-Timestamp"), body,
                    headers.getFirstValue("X-Slack-Signature"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private static ResponseEntity<String> error(HttpStatus status, String reason) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body("{\"error\":\"" + reason + "\"}");
    }
}
