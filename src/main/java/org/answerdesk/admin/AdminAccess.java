package org.answerdesk.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request may read admin data: with {@code Authorization: Bearer <ANSWERDESK_ADMIN_TOKEN>}, or from the
 * admin page with a session opened by logging in with that token. With no token configured nobody may, so a fresh
 * install never exposes admin data by accident.
 */
enum AdminAccess {
    GRANTED, DISABLED, UNAUTHORIZED;

    static AdminAccess of(HttpServletRequest request, AdminProperties properties, AdminSessions sessions) {
        if (!properties.enabled()) {
            return DISABLED;
        }
        if (sessions != null && sessions.valid(request)) {
            return GRANTED;
        }
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith("Bearer ") && matches(properties, header.substring(7).strip())
                ? GRANTED : UNAUTHORIZED;
    }

    static boolean matches(AdminProperties properties, String given) {
        // constant-time, so the token cannot be guessed byte by byte from response times
        return properties.enabled() && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                properties.token().getBytes(StandardCharsets.UTF_8));
    }
}
