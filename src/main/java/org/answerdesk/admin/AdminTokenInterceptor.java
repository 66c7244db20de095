package org.answerdesk.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request through to the admin API only with {@code Authorization: Bearer <ANSWERDESK_ADMIN_TOKEN>}, or
 * from the admin page with a session opened by logging in with that token.
 * With no token configured the admin API answers 403, so a fresh install never exposes it by accident.
 */
class AdminTokenInterceptor implements HandlerInterceptor {

    private final AdminProperties properties;
    private final AdminSessions sessions;

    AdminTokenInterceptor(AdminProperties properties, AdminSessions sessions) {
        this.properties = properties;
        this.sessions = sessions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!properties.enabled()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "the admin API is disabled: set ANSWERDESK_ADMIN_TOKEN to enable it");
        }
        if (sessions != null && sessions.valid(request)) {
            return true; // the admin page, logged in with the token
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ") || !matches(properties, header.substring(7).strip())) {
            response.setHeader("WWW-Authenticate", "Bearer");
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or wrong admin token");
        }
        return true;
    }

    static boolean matches(AdminProperties properties, String given) {
        // constant-time, so the token cannot be guessed byte by byte from response times
        return properties.enabled() && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                properties.token().getBytes(StandardCharsets.UTF_8));
    }
}
