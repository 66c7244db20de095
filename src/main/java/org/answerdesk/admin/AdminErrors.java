package org.answerdesk.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.answerdesk.api.ApiError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * The refusals of the admin API, as JSON {@link ApiError}s like every other error: 403 while no admin token is
 * configured, 401 with {@code WWW-Authenticate: Bearer} without a valid token or session, 429 with
 * {@code Retry-After} after too many failed attempts, 403 for a cross-site or otherwise forbidden request.
 */
final class AdminErrors implements AuthenticationEntryPoint, AuthenticationFailureHandler, AccessDeniedHandler {

    static final String DISABLED = "the admin API is disabled: set ANSWERDESK_ADMIN_TOKEN to enable it";

    private final AdminProperties properties;
    private final JsonMapper json;

    AdminErrors(AdminProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    /** No credentials at all on a route that needs them. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!properties.enabled()) {
            write(response, HttpStatus.FORBIDDEN, DISABLED);
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "missing or wrong admin token");
        }
    }

    /** A bearer token that was refused. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        if (e instanceof AdminTokens.Throttled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
        } else if (e instanceof DisabledException) {
            write(response, HttpStatus.FORBIDDEN, DISABLED);
        } else {
            commence(request, response, e);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden");
    }

    void write(HttpServletResponse response, HttpStatus status, String reason) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), new ApiError(status.value(), reason));
    }
}
