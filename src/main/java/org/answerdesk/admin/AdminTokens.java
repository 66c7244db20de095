package org.answerdesk.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Decides whether a presented admin token is the configured one, for the bearer header and the login form alike:
 * compared in constant time, and throttled per client address so the token cannot be guessed by trying.
 * Succeeds with the {@code ADMIN} role; the access rules in {@link SecurityConfiguration} ask for nothing else.
 */
class AdminTokens implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(AdminTokens.class);

    static final String ROLE = "ADMIN";
    static final String PRINCIPAL = "admin";

    private final AdminProperties properties;
    private final LoginThrottle throttle;
    private final byte[] expected;

    AdminTokens(AdminProperties properties, LoginThrottle throttle) {
        this.properties = properties;
        this.throttle = throttle;
        this.expected = properties.enabled() ? sha256(properties.token()) : null;
        if (properties.enabled() && properties.token().length() < AdminProperties.MIN_TOKEN_LENGTH) {
            log.warn("ANSWERDESK_ADMIN_TOKEN is only {} characters long: use at least {} random characters "
                    + "(e.g. openssl rand -hex 24), or anyone who can reach the admin page may guess it",
                    properties.token().length(), AdminProperties.MIN_TOKEN_LENGTH);
        }
    }

    /** An unchecked attempt with {@code token}; {@code details} carry the client address it is throttled by. */
    static Authentication attempt(String token, WebAuthenticationDetails details) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(PRINCIPAL, token);
        attempt.setDetails(details);
        return attempt;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        if (!properties.enabled()) {
            throw new DisabledException("the admin API is disabled: set ANSWERDESK_ADMIN_TOKEN to enable it");
        }
        String client = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        var wait = throttle.blockedFor(client);
        if (wait.isPresent()) {
            throw new Throttled(wait.get());
        }
        String given = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString().strip();
        // digests have one length, so the comparison takes the same time whatever was given
        if (!MessageDigest.isEqual(sha256(given), expected)) {
            throttle.failed(client);
            throw new BadCredentialsException("missing or wrong admin token");
        }
        throttle.succeeded(client);
        return UsernamePasswordAuthenticationToken.authenticated(PRINCIPAL, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Too many failed attempts from this client: answered with 429 and {@code Retry-After}. */
    static final class Throttled extends AuthenticationException {

        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("too many failed sign-ins from this address; try again in " + seconds(retryAfter) + " s");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, rounded up, at least 1: the value of {@code Retry-After}. */
        long retryAfterSeconds() {
            return seconds(retryAfter);
        }

        private static long seconds(Duration d) {
            return Math.max(1, (d.toMillis() + 999) / 1000);
        }
    }
}
