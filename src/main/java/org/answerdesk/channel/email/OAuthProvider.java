package org.answerdesk.channel.email;

import java.util.Map;

/**
 * The mail providers whose mailboxes sign in with OAuth2 (XOAUTH2): their authorization and token endpoints and the
 * scopes that let an app read a mailbox over IMAP and send over SMTP, with a refresh token.
 */
enum OAuthProvider {

    /** Microsoft 365 and Outlook.com, through Microsoft Entra ID (v2.0 endpoints); {@code offline_access} gives the
     * refresh token. */
    MICROSOFT("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize",
            "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
            "offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send",
            Map.of("response_mode", "query")),

    /** Gmail and Google Workspace: the full-mail scope is the one IMAP and SMTP accept; a refresh token comes only with
     * offline access, and again on a repeated sign-in only with the consent prompt. */
    GOOGLE("https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token",
            "https://mail.google.com/", Map.of("access_type", "offline", "prompt", "consent"));

    private final String authorizeUrl;
    private final String tokenUrl;
    private final String scope;
    private final Map<String, String> extra;

    OAuthProvider(String authorizeUrl, String tokenUrl, String scope, Map<String, String> extra) {
        this.authorizeUrl = authorizeUrl;
        this.tokenUrl = tokenUrl;
        this.scope = scope;
        this.extra = extra;
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

    /** Parameters of the authorization request beyond the standard ones. */
    Map<String, String> extra() {
        return extra;
    }
}
