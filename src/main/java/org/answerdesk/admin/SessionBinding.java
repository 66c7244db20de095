package org.answerdesk.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ties every admin session to the admin token it was opened with: the login stores a hash of the token in the
 * session, and a session whose hash is not the one of the token configured now (changed, removed, or a session
 * from before this check) is ended on its next request, before Spring Security reads it. Sessions are in
 * PostgreSQL and outlive restarts, so without this a cookie issued under an old token kept working.
 * The hash is PBKDF2 (one derivation per start): the session table must not make a short token easy to guess.
 */
class SessionBinding {

    private static final Logger log = LoggerFactory.getLogger(SessionBinding.class);

    /** The session attribute holding the hash of the token the session was opened with. */
    static final String ATTRIBUTE = "answerdesk.admin.token-hash";

    private static final byte[] SALT = "answerdesk admin session".getBytes(StandardCharsets.UTF_8);
    private static final int ITERATIONS = 100_000;

    /** The hash of the configured token, or null when the admin API is disabled (then no session is valid). */
    private final String expected;

    SessionBinding(AdminProperties properties) {
        this.expected = properties.enabled() ? hash(properties.token()) : null;
    }

    /** Binds the session just opened by a successful login to the configured token. */
    void bind(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, expected);
    }

    /** The check, for the security filter chain (not a bean: Boot would register it as a servlet filter too). */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                var session = request.getSession(false);
                if (session != null && !matches(session.getAttribute(ATTRIBUTE))) {
                    log.info("Ending an admin session opened with another admin token (or none)");
                    session.invalidate();
                }
                chain.doFilter(request, response);
            }
        };
    }

    private boolean matches(Object stored) {
        return expected != null && stored instanceof String s
                && MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(String token) {
        try {
            var spec = new PBEKeySpec(token.toCharArray(), SALT, ITERATIONS, 256);
            return HexFormat.of().formatHex(
                    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        }
    }
}
