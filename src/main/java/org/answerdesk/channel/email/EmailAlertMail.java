package org.answerdesk.channel.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.answerdesk.alert.AlertMail;

/** The owner's alert mails, sent through the support mailbox's SMTP server from its address. */
final class EmailAlertMail implements AlertMail {

    private final MailLogin login;
    private final InternetAddress from;
    private final Session session;

    EmailAlertMail(EmailProperties properties, InternetAddress from, MailLogin login) {
        this.login = login;
        this.from = from;
        this.session = MailSessions.smtp(properties);
    }

    @Override
    public void send(String alertId, String to, String senderName, String subject, String text) throws Exception {
        String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        var mail = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<alert-" + alertId + "@" + domain + ">");
            }
        };
        mail.setFrom(senderName == null ? from : new InternetAddress(from.getAddress(), senderName, "UTF-8"));
        try {
            mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        } catch (AddressException e) {
            throw new AlertRefused("ANSWERDESK_ALERTS_EMAIL is not a mail address: " + e.getMessage(), e);
        }
        mail.setSubject(subject, "UTF-8");
        mail.setText(text, "UTF-8");
        // an auto-generated mail: the support mailbox does not answer it if it is sent there
        mail.setHeader("Auto-Submitted", "auto-generated");
        try {
            login.send(mail);
        } catch (SendFailedException e) {
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                throw new AlertRefused("alert recipient refused: " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
