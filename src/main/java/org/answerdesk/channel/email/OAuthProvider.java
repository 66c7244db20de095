package org.answerdesk.channel.email;

import java.net.URI;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mail providers whose mailboxes sign in with OAuth2 (XOAUTH2): their authorization and token endpoints and the
 * scopes that let an app read a mailbox over IMAP and send over SMTP, with a refresh token.
 */
enum OAuthProvider {

    /** Microsoft 365 and Outlook.com, through Microsoft Entra ID (v2.0 endpoints); {@code offline_access} gives the
     * refresh token. */
    MICROSOFT("Microsoft 365", "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize",
            "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
            "offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send",
            Map.of("response_mode", "query")),

    /** Gmail and Google Workspace: the full-mail scope is the one IMAP and SMTP accept; a refresh token comes only with
     * offline access, and again on a repeated sign-in only with the consent prompt. */
    GOOGLE("Google", "https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token",
            "https://mail.google.com/", Map.of("access_type", "offline", "prompt", "consent"));

    private final String label;
    private final String authorizeUrl;
    private final String tokenUrl;
    private final String scope;
    private final Map<String, String> extra;

    OAuthProvider(String label, String authorizeUrl, String tokenUrl, String scope, Map<String, String> extra) {
        this.label = label;
        this.authorizeUrl = authorizeUrl;
        this.tokenUrl = tokenUrl;
        this.scope = scope;
        this.extra = extra;
    }

    /** The provider's name for an owner. */
    String label() {
        return label;
    }

    String authorizeUrl(String tenant) {
        return authorizeUrl.replace("{tenant}", tenant);
    }

    String tokenUrl(String tenant) {
        return tokenUrl.replace("{tenant}", tenant);
    }

    String scope() {
        return scope;
    }

    /**
     * Where the owner's browser signs in: the authorization request (RFC 6749 4.1.1) with the sign-in's state and
     * PKCE challenge (S256), the scopes of IMAP and SMTP, and the mailbox's address as a hint.
     */
    URI authorization(String tenant, String clientId, String redirectUri, PendingSignIns.Pending signIn,
                      String loginHint) {
        var url = UriComponentsBuilder.fromUriString(authorizeUrl(tenant))
                .queryParam("client_id", clientId.strip())
                .queryParam("response_type", "code")
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", scope)
                .queryParam("state", signIn.state())
                .queryParam("code_challenge", signIn.challenge())
                .queryParam("code_challenge_method", "S256");
        if (loginHint != null && !loginHint.isBlank()) {
            url.queryParam("login_hint", loginHint);
        }
        extra.forEach(url::queryParam);
        return url.encode().build().toUri();
    }

    /** Parameters of the authorization request beyond the standard ones. */
    Map<String, String> extra() {
        return extra;
    }
}
