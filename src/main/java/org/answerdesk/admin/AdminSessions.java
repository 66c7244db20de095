package org.answerdesk.admin;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Sessions of the admin page: a login with the admin token gets a random session id in an HttpOnly,
 * SameSite=Strict cookie, valid for 12 hours; they live in memory, so a restart logs everyone out.
 */
@Component
class AdminSessions {

    static final String COOKIE = "answerdesk_admin";
    private static final Duration TTL = Duration.ofHours(12);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();

    String open() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(id, Instant.now().plus(TTL));
        sessions.values().removeIf(expiry -> expiry.isBefore(Instant.now()));
        return id;
    }

    boolean valid(HttpServletRequest request) {
        String id = cookie(request);
        if (id == null) {
            return false;
        }
        Instant expiry = sessions.get(id);
        return expiry != null && expiry.isAfter(Instant.now());
    }

    void close(HttpServletRequest request) {
        String id = cookie(request);
        if (id != null) {
            sessions.remove(id);
        }
    }

    String cookieHeader(String id, Duration maxAge) {
        return COOKIE + "=" + id + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Strict";
    }

    Duration ttl() {
        return TTL;
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
