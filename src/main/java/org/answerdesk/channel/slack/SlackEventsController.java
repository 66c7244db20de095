package org.answerdesk.channel.slack;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * (401 if either is bad), answers {@code url_verification}, and runs {@link SlackEvents}.
 */
@RestController
@Conditional(SlackConditions.HttpMode.class)
class SlackEventsController {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsController.class);
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final App app;
    private final SlackRequestParser parser;

    SlackEventsController(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @PostMapping("/slack/events")
    ResponseEntity<String> events(HttpServletRequest request, @RequestBody(required = false) byte[] body)
            throws Exception {
        if (body != null && body.length > MAX_BODY_BYTES) {
            return error(HttpStatus.CONTENT_TOO_LARGE, "request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        Request<?> slackRequest;
        try {
            slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(request.getRequestURI())
                    .queryString(Map.of())
                    .headers(new RequestHeaders(headers(request)))
                    .requestBody(body == null ? "" : new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(request.getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            log.info("Unparseable Slack request: {}", e.toString());
            return error(HttpStatus.BAD_REQUEST, "not a Slack Events API request");
        }
        if (slackRequest == null) {
            return error(HttpStatus.BAD_REQUEST, "not a Slack Events API request");
        }
        Response response = app.run(slackRequest);
        var entity = ResponseEntity.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> entity.header(name, values.toArray(String[]::new)));
        }
        if (response.getContentType() != null) {
            entity.header(HttpHeaders.CONTENT_TYPE, response.getContentType());
        }
        return entity.body(response.getBody());
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
