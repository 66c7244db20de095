package org.answerdesk.channel.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.answerdesk.channel.ChannelSecrets;
import org.answerdesk.conversation.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailbox's OAuth2 access token, shared by the IMAP reader and the SMTP senders: refreshed from the refresh token
 * shortly before it expires, and at once when a server refused it. The refresh token is the one stored encrypted
 * (signed in from the admin page, or renewed by the provider) when there is one, else the configured one; a renewed
 * refresh token the endpoint sends back is stored, since the provider may retire the old one. A stored token is
 * found only under the settings it was granted under ({@link #storedName}).
 */
final class AccessTokens {

    /** How long before its expiry a token is refreshed: it must not expire between the check and the login. */
    static final Duration EARLY = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private final TokenEndpoint endpoint;
    private final String configured;
    private final String name;
    private final Optional<ChannelSecrets> secrets;
    private final Clock clock;
    private String token;
    private Instant expires = Instant.MIN;

    AccessTokens(TokenEndpoint endpoint, EmailProperties properties, Optional<ChannelSecrets> secrets, Clock clock) {
        this.endpoint = endpoint;
        this.configured = EmailProperties.blank(properties.oauthRefreshToken()) ? null
                : properties.oauthRefreshToken().strip();
        this.name = storedName(properties);
        this.secrets = secrets;
        this.clock = clock;
    }

    TokenEndpoint endpoint() {
        return endpoint;
    }

    /**
     * The name of the stored refresh token: bound to everything it was granted under and sent to (the provider, its
     * tenant, the app, the token endpoint, the IMAP and SMTP servers with their ports, security and user names). Any
     * other settings find no token: a changed host or endpoint needs a new sign-in before a token goes there.
     */
    static String storedName(EmailProperties p) {
        String grant = String.join("\n", String.valueOf(p.oauthProvider()), String.valueOf(p.oauthTenant()),
                String.valueOf(p.oauthClientId()).strip(), p.effectiveTokenUrl(), host(p.imapHost()),
                Integer.toString(p.effectiveImapPort()), Boolean.toString(p.imapSsl()),
                String.valueOf(p.imapUsername()), host(p.smtpHost()), Integer.toString(p.effectiveSmtpPort()),
                p.smtpSecurity().name(), String.valueOf(p.effectiveSmtpUsername()));
        try {
            return "oauth-refresh-token:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(grant.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String host(String host) {
        return host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
    }

    /** A token valid for a while yet. */
    synchronized String current() throws MailSignInException {
        if (token == null || !clock.instant().isBefore(expires.minus(EARLY))) {
            refresh();
        }
        return token;
    }

    /**
     * A new token after a server refused {@code rejected}; the one another thread got meanwhile if it already
     * replaced the rejected one.
     */
    synchronized String renewed(String rejected) throws MailSignInException {
        if (token == null || Objects.equals(token, rejected)) {
            refresh();
        }
        return token;
    }

    /** The tokens of a sign-in just made: the refresh token is stored by the caller, the access token used from now. */
    synchronized void signedIn(TokenEndpoint.Tokens tokens) {
        use(tokens);
    }

    private void refresh() throws MailSignInException {
        String refreshToken = refreshToken().orElseThrow(() -> new MailSignInException("the mailbox has no OAuth "
                + "refresh token: sign in to it from the admin page (Channels, email), or set "
                + "ANSWERDESK_MAIL_OAUTH_REFRESH_TOKEN", true));
        TokenEndpoint.Tokens tokens = endpoint.refresh(refreshToken);
        use(tokens);
        if (tokens.refreshToken() != null && !tokens.refreshToken().equals(refreshToken)) {
            keep(tokens.refreshToken());
        }
        log.debug("Mailbox access token refreshed; valid for {}", tokens.lifetime());
    }

    private void use(TokenEndpoint.Tokens tokens) {
        token = tokens.accessToken();
        expires = clock.instant().plus(tokens.lifetime());
    }

    private Optional<String> refreshToken() {
        Optional<String> stored = secrets.flatMap(s -> s.get(Channel.EMAIL, name));
        return stored.isPresent() ? stored : Optional.ofNullable(configured);
    }

    private void keep(String renewed) {
        if (secrets.isEmpty() || !secrets.get().available()) {
            return; // the configured one stays in use as long as the provider accepts it
        }
        try {
            secrets.get().put(Channel.EMAIL, name, renewed);
        } catch (ChannelSecrets.Unavailable | RuntimeException e) {
            log.warn("The mailbox's renewed OAuth refresh token was not stored: {}", e.getMessage());
        }
    }
}
