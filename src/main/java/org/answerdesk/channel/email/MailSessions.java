package org.answerdesk.channel.email;

import java.util.Properties;

import jakarta.mail.Session;

/**
 * Jakarta Mail sessions for the mailbox (IMAP or IMAPS) and for sending (SMTP with STARTTLS, SSL or neither); with
 * OAuth, both sign in with XOAUTH2 (the access token as the password, see {@link MailLogin}).
 */
final class MailSessions {

    private MailSessions() {
    }

    static String storeProtocol(EmailProperties p) {
        return p.imapSsl() ? "imaps" : "imap";
    }

    static Session imap(EmailProperties p) {
        var props = new Properties();
        String prefix = "mail." + storeProtocol(p) + ".";
        props.put("mail.store.protocol", storeProtocol(p));
        props.put(prefix + "host", p.imapHost());
        props.put(prefix + "port", Integer.toString(p.effectiveImapPort()));
        props.put(prefix + "connectiontimeout", Long.toString(p.timeout().toMillis()));
        // a read waits through a whole IDLE (up to the poll interval) before the watchdog's NOOP: the read timeout
        // must outlast it, or the socket ends every IDLE early and the connection is reopened
        props.put(prefix + "timeout", Long.toString(p.timeout().plus(p.pollInterval()).toMillis()));
        props.put(prefix + "writetimeout", Long.toString(p.timeout().toMillis()));
        props.put(prefix + "partialfetch", "false");
        // reading a mail must not flag it \Seen: that happens only once it is stored
        props.put(prefix + "peek", "true");
        if (p.oauth()) {
            // the access token goes where the password would; XOAUTH2 is off unless named
            props.put(prefix + "auth.mechanisms", "XOAUTH2");
        }
        return Session.getInstance(props);
    }

    static Session smtp(EmailProperties p) {
        var props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", p.smtpHost());
        props.put("mail.smtp.port", Integer.toString(p.effectiveSmtpPort()));
        props.put("mail.smtp.auth", Boolean.toString(!EmailProperties.blank(p.effectiveSmtpUsername())));
        props.put("mail.smtp.connectiontimeout", Long.toString(p.timeout().toMillis()));
        props.put("mail.smtp.timeout", Long.toString(p.timeout().toMillis()));
        props.put("mail.smtp.writetimeout", Long.toString(p.timeout().toMillis()));
        switch (p.smtpSecurity()) {
            case SSL -> props.put("mail.smtp.ssl.enable", "true");
            case STARTTLS -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
            case NONE -> { }
        }
        if (p.oauth()) {
            props.put("mail.smtp.auth.mechanisms", "XOAUTH2");
        }
        return Session.getInstance(props);
    }
}
