package org.answerdesk.channel.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Signs in to the mailbox's IMAP and SMTP servers: with the passwords, or with an OAuth2 access token (XOAUTH2, see
 * {@link MailSessions}) that is renewed and tried once more when the server refuses it (it may have been revoked or
 * have expired early).
 */
final class MailLogin {

    private final EmailProperties properties;
    private final AccessTokens tokens;

    /** @param tokens null: passwords */
    MailLogin(EmailProperties properties, AccessTokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    /** The access tokens, with OAuth. */
    java.util.Optional<AccessTokens> tokens() {
        return java.util.Optional.ofNullable(tokens);
    }

    /** Opens a store of the IMAP session, signed in. */
    Store connect(Session session) throws MessagingException {
        String secret = tokens == null ? properties.imapPassword() : tokens.current();
        Store store = session.getStore();
        try {
            store.connect(properties.imapHost(), properties.effectiveImapPort(), properties.imapUsername(), secret);
            return store;
        } catch (AuthenticationFailedException e) {
            if (tokens == null) {
                throw e;
            }
            String renewed = tokens.renewed(secret);
            Store again = session.getStore();
            again.connect(properties.imapHost(), properties.effectiveImapPort(), properties.imapUsername(), renewed);
            return again;
        }
    }

    /** Sends the mail through the SMTP server, signed in when there is a user name. */
    void send(MimeMessage mail) throws MessagingException {
        String user = properties.effectiveSmtpUsername();
        if (EmailProperties.blank(user)) {
            Transport.send(mail);
            return;
        }
        String secret = tokens == null ? properties.effectiveSmtpPassword() : tokens.current();
        try {
            Transport.send(mail, user, secret);
        } catch (AuthenticationFailedException e) {
            if (tokens == null) {
                throw e;
            }
            Transport.send(mail, user, tokens.renewed(secret));
        }
    }
}
