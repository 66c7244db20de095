package org.answerdesk.channel.email;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.Transport;

import org.answerdesk.channel.ChannelSetup.CheckFailed;

/**
 * The live check of a mailbox's settings: an IMAP login (and the folder exists), then an SMTP login and a
 * {@code NOOP}, with the passwords or an OAuth2 access token (XOAUTH2). A refusal the owner can fix is a plain
 * {@link CheckFailed}, a server that cannot be talked to an unreachable one; the secrets are never in its message.
 */
final class MailboxCheck {

    private MailboxCheck() {
    }

    /** Signs in to IMAP with {@code imapSecret} and to SMTP with {@code smtpSecret} (a password or a token). */
    static void live(EmailProperties mail, String imapSecret, String smtpSecret) throws CheckFailed {
        String[] secrets = {imapSecret, smtpSecret, mail.oauthClientSecret()};
        String imap = "the IMAP server " + mail.imapHost() + ":" + mail.effectiveImapPort();
        try (Store store = MailSessions.imap(mail).getStore()) {
            store.connect(mail.imapHost(), mail.effectiveImapPort(), mail.imapUsername(), imapSecret);
            if (!store.getFolder(mail.folder()).exists()) {
                throw new CheckFailed(imap + " has no folder " + mail.folder(), false);
            }
        } catch (MessagingException e) {
            throw failed(imap, e, mail, secrets);
        }
        String smtp = "the SMTP server " + mail.smtpHost() + ":" + mail.effectiveSmtpPort();
        try (Transport transport = MailSessions.smtp(mail).getTransport()) {
            transport.connect(mail.smtpHost(), mail.effectiveSmtpPort(), mail.effectiveSmtpUsername(), smtpSecret);
            if (!transport.isConnected()) { // a NOOP
                throw new CheckFailed(smtp + " closed the connection", true);
            }
        } catch (MessagingException e) {
            throw failed(smtp, e, mail, secrets);
        }
    }

    /** A refusal of the login (400: the owner can fix it) or a server that cannot be talked to (502). */
    private static CheckFailed failed(String server, MessagingException e, EmailProperties mail, String[] secrets) {
        String said = redact(String.valueOf(e.getMessage()), secrets);
        if (e instanceof AuthenticationFailedException) {
            return new CheckFailed(server + (mail.oauth() ? " refused the sign-in of " + mail.imapUsername()
                    + " with the provider's token (" + said + "): the app needs the IMAP and SMTP permissions, and "
                    + "the mailbox IMAP and SMTP sign-in switched on (channels/email/README.md)"
                    : " refused the user name or password (" + said + "); with Gmail or Microsoft 365 use an app "
                    + "password, or sign in with the provider"), false);
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnknownHostException) {
            return new CheckFailed(server + " could not be reached: no such host", true);
        }
        if (cause instanceof ConnectException || cause instanceof SocketTimeoutException) {
            return new CheckFailed(server + " could not be reached: " + redact(cause.getMessage(), secrets), true);
        }
        String security = server.contains("SMTP") ? "smtp_security " + mail.smtpSecurity().name().toLowerCase(
                Locale.ROOT) : "imap_ssl " + mail.imapSsl();
        return new CheckFailed(server + " could not be used (" + said + "): check the port and " + security, true);
    }

    private static String redact(String text, String[] secrets) {
        String out = text == null ? "" : text;
        for (String secret : secrets) {
            if (!EmailProperties.blank(secret)) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }
}
