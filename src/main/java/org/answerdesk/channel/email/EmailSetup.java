package org.answerdesk.channel.email;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.Transport;

import org.answerdesk.channel.RunTimeChannel;
import org.answerdesk.channel.RunTimeRoutes;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapters;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The support mailbox connected from the admin page: the settings are the {@code ANSWERDESK_MAIL_*} ones of the
 * server and the mailbox (lower case, {@code imap_host}); checked by logging in over IMAP and over SMTP (then a
 * {@code NOOP}). Running, it is the channel configured at start: the poller keeps the mailbox's lease, so one
 * instance reads it; the feedback links' pages answer through {@link RunTimeRoutes}.
 */
@Component
class EmailSetup extends RunTimeChannel {

    private static final List<Field> FIELDS = List.of(Field.text("imap_host"), Field.text("imap_port").optional(),
            Field.choice("imap_ssl", "true", "false"), Field.text("imap_username"), Field.secret("imap_password"),
            Field.text("smtp_host"), Field.text("smtp_port").optional(),
            Field.choice("smtp_security", "STARTTLS", "SSL", "NONE"), Field.text("smtp_username").optional(),
            Field.secret("smtp_password").optional(), Field.text("from").optional());

    /** A host name or address (IPv6 in brackets): nothing else reaches the channel's settings. */
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[A-Za-z0-9._:\\[\\]-]{1,253}");

    EmailSetup(ConfigurableApplicationContext app, ChannelAdapters adapters, RunTimeRoutes routes) {
        super(app, adapters, routes, new Platform(Channel.EMAIL, FIELDS, "emailHealthIndicator", "answerdesk.mail.", "imap_host"));
    }

    @Override
    public String check(Map<String, String> settings) throws CheckFailed {
        for (String host : new String[] {"imap_host", "smtp_host"}) {
            if (settings.containsKey(host) && !HOST.matcher(settings.get(host)).matches()) {
                throw new CheckFailed(host + " is not a host name: a name such as imap.shop.example or an address",
                        false);
            }
        }
        EmailProperties mail = bind(EmailProperties.class, settings);
        if (EmailProperties.blank(mail.imapHost()) || EmailProperties.blank(mail.smtpHost())) {
            throw new CheckFailed("imap_host and smtp_host are required", false);
        }
        for (int port : new int[] {mail.imapPort(), mail.smtpPort()}) {
            if (port < 0 || port > 65_535) {
                throw new CheckFailed("a port is a number from 1 to 65535 (or left empty for the usual one)", false);
            }
        }
        String from;
        try {
            from = EmailConfiguration.fromAddress(mail).getAddress();
        } catch (IllegalStateException e) {
            throw new CheckFailed("from (or imap_username when from is empty) must be a mail address, such as "
                    + "support@shop.example", false);
        }
        checkImap(mail);
        checkSmtp(mail);
        return from;
    }

    private static void checkImap(EmailProperties mail) throws CheckFailed {
        String server = "the IMAP server " + mail.imapHost() + ":" + mail.effectiveImapPort();
        try (Store store = MailSessions.imap(mail).getStore()) {
            store.connect(mail.imapHost(), mail.effectiveImapPort(), mail.imapUsername(), mail.imapPassword());
            if (!store.getFolder(mail.folder()).exists()) {
                throw new CheckFailed(server + " has no folder " + mail.folder(), false);
            }
        } catch (MessagingException e) {
            throw failed(server, e, mail);
        }
    }

    private static void checkSmtp(EmailProperties mail) throws CheckFailed {
        String server = "the SMTP server " + mail.smtpHost() + ":" + mail.effectiveSmtpPort();
        try (Transport smtp = MailSessions.smtp(mail).getTransport()) {
            smtp.connect(mail.smtpHost(), mail.effectiveSmtpPort(), mail.effectiveSmtpUsername(),
                    mail.effectiveSmtpPassword());
            if (!smtp.isConnected()) { // a NOOP
                throw new CheckFailed(server + " closed the connection", true);
            }
        } catch (MessagingException e) {
            throw failed(server, e, mail);
        }
    }

    /** A refusal of the login (400: the owner can fix it) or a server that cannot be talked to (502). */
    private static CheckFailed failed(String server, MessagingException e, EmailProperties mail) {
        String said = redact(String.valueOf(e.getMessage()), mail);
        if (e instanceof AuthenticationFailedException) {
            return new CheckFailed(server + " refused the user name or password (" + said + "); with Gmail or "
                    + "Microsoft 365 use an app password", false);
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnknownHostException) {
            return new CheckFailed(server + " could not be reached: no such host", true);
        }
        if (cause instanceof ConnectException || cause instanceof SocketTimeoutException) {
            return new CheckFailed(server + " could not be reached: " + redact(cause.getMessage(), mail), true);
        }
        String security = server.contains("SMTP") ? "smtp_security " + mail.smtpSecurity().name().toLowerCase(
                Locale.ROOT) : "imap_ssl " + mail.imapSsl();
        return new CheckFailed(server + " could not be used (" + said + "): check the port and " + security, true);
    }

    private static String redact(String text, EmailProperties mail) {
        String out = text == null ? "" : text;
        for (String secret : new String[] {mail.imapPassword(), mail.smtpPassword()}) {
            if (!EmailProperties.blank(secret)) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }
}
