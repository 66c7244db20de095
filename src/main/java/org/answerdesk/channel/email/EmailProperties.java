package org.answerdesk.channel.email;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The support mailbox ({@code answerdesk.mail.*}, e.g. {@code ANSWERDESK_MAIL_IMAP_HOST}). The channel starts only
 * when {@code imapHost} is set.
 *
 * @param imapHost                   the IMAP server of the support mailbox; the email channel starts only when it is
 *                                   set
 * @param imapPort                   0 for the protocol's default (993 with SSL, else 143)
 * @param imapUsername               the mailbox's user name
 * @param imapPassword               the mailbox's password; never logged
 * @param imapSsl                    connect to IMAP over SSL/TLS
 * @param folder                     the folder read for new mail
 * @param pollInterval               how often the folder is read when the server has no IMAP IDLE (and the longest
 *                                   an IDLE waits before the folder is read anyway)
 * @param idle                       use IMAP IDLE when the server offers it
 * @param processedFolder            if set, handled mail is moved there; otherwise it is only flagged \Seen
 * @param quarantineFolder           where mail that cannot be read is moved (created when missing)
 * @param smtpHost                   the SMTP server replies are sent through
 * @param smtpPort                   0 for the default of {@code smtpSecurity} (465 for SSL, 587 for STARTTLS, 25)
 * @param smtpUsername               defaults to {@code imapUsername}
 * @param smtpPassword               defaults to {@code imapPassword}; never logged
 * @param smtpSecurity               STARTTLS, SSL or NONE
 * @param from                       the address replies come from; defaults to {@code imapUsername}
 * @param maxRepliesPerSenderPerHour the most mails of one sender answered within an hour, and the most answers
 *                                   to one address (Reply-To) within an hour; later ones are stored but not answered
 * @param maxRepliesToNewAddressesPerHour the most answers within an hour, all senders together, to addresses that
 *                                   have never written to us themselves (new customers, or a Reply-To naming someone
 *                                   else): bounds how many strangers the shop's address can be made to write to;
 *                                   later ones are stored, counted ({@code answerdesk.mail.unanswered}, reason
 *                                   {@code new address limit}) and logged, but not answered
 * @param formSenders                From addresses of the shop's own contact forms (From: the form, Reply-To: the
 *                                   customer): their mail counts against the customer's limit, not the form's
 * @param maxMailSize                larger mail is not read but quarantined for a person
 * @param timeout                    connect and read timeout for IMAP and SMTP
 * @param oauthProvider              {@code microsoft} (Microsoft 365, Outlook.com) or {@code google} (Gmail): IMAP
 *                                   and SMTP sign in with OAuth2 (XOAUTH2) instead of a password, with an access
 *                                   token refreshed from a refresh token; unset: passwords. See channels/email/README.md
 * @param oauthTenant                Microsoft only: the Entra tenant (its ID or domain), {@code organizations} or
 *                                   {@code common}
 * @param oauthClientId              the client (application) ID of the app you registered with the provider
 * @param oauthClientSecret          that app's client secret; never logged
 * @param oauthRefreshToken          a refresh token of the mailbox; unset: sign in from the admin page (Channels,
 *                                   email), which stores it encrypted ({@code ANSWERDESK_SECRET_KEY}); a refresh
 *                                   token stored that way, or renewed by the provider, wins. Never logged
 * @param oauthTokenUrl              the provider's token endpoint, from the environment only (a stand-in's in tests);
 *                                   unset: the provider's. It is not a setting of the admin page: a refresh token
 *                                   goes nowhere an admin session could name
 */
@ConfigurationProperties("answerdesk.mail")
record EmailProperties(
        String imapHost,
        @DefaultValue("0") int imapPort,
        String imapUsername,
        String imapPassword,
        @DefaultValue("true") boolean imapSsl,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("true") boolean idle,
        String processedFolder,
        @DefaultValue("Quarantine") String quarantineFolder,
        String smtpHost,
        @DefaultValue("0") int smtpPort,
        String smtpUsername,
        String smtpPassword,
        @DefaultValue("STARTTLS") SmtpSecurity smtpSecurity,
        String from,
        @DefaultValue("5") int maxRepliesPerSenderPerHour,
        @DefaultValue("60") int maxRepliesToNewAddressesPerHour,
        List<String> formSenders,
        @DefaultValue("25MB") DataSize maxMailSize,
        @DefaultValue("20s") Duration timeout,
        OAuthProvider oauthProvider,
        @DefaultValue("common") String oauthTenant,
        String oauthClientId,
        String oauthClientSecret,
        String oauthRefreshToken,
        String oauthTokenUrl) {

    enum SmtpSecurity { STARTTLS, SSL, NONE }

    EmailProperties {
        formSenders = formSenders == null ? List.of() : List.copyOf(formSenders);
    }

    int effectiveImapPort() {
        return imapPort > 0 ? imapPort : imapSsl ? 993 : 143;
    }

    int effectiveSmtpPort() {
        if (smtpPort > 0) {
            return smtpPort;
        }
        return switch (smtpSecurity) {
            case SSL -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        };
    }

    String effectiveSmtpUsername() {
        return blank(smtpUsername) ? imapUsername : smtpUsername;
    }

    String effectiveSmtpPassword() {
        return blank(smtpPassword) ? imapPassword : smtpPassword;
    }

    String effectiveFrom() {
        return blank(from) ? imapUsername : from;
    }

    /** IMAP and SMTP sign in with OAuth2 access tokens of the provider, not passwords. */
    boolean oauth() {
        return oauthProvider != null;
    }

    String effectiveTokenUrl() {
        return blank(oauthTokenUrl) ? oauthProvider.tokenUrl(oauthTenant) : oauthTokenUrl;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "EmailProperties[imap=" + imapUsername + "@" + imapHost + ":" + effectiveImapPort() + "/" + folder
                + ", smtp=" + smtpHost + ":" + effectiveSmtpPort() + " " + smtpSecurity + ", from=" + effectiveFrom()
                + (oauth() ? ", oauth=" + oauthProvider : "")
                + ", passwords=***]";
    }
}
