package org.answerdesk.channel.email;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;

/**
 * Sends a reply by SMTP in the customer's thread (the headers the inbound message kept as {@link MailHeaders}), as
 * {@link ReplyComposer} writes it, optionally changed before sending (a file attached). The reply's Message-ID becomes
 * its platform id. A refused recipient is a permanent failure; anything else (server down, timeout, 4xx) is retried
 * by the dispatcher.
 */
final class SmtpReplies {

    /** A change to the composed mail before it is sent. */
    interface Edit {
        MimeMessage apply(MimeMessage mail) throws MessagingException, IOException;
    }

    private final ReplyComposer composer;
    private final MailLogin login;
    private final Session session;

    SmtpReplies(EmailProperties properties, ReplyComposer composer, MailLogin login) {
        this.composer = composer;
        this.login = login;
        this.session = MailSessions.smtp(properties);
    }

    MessageRef send(OutboundMessage message, Edit edit) throws DeliveryException {
        var origin = message.origin();
        MailHeaders headers = origin == null || origin.raw() == null ? null : MailHeaders.decode(origin.raw());
        String to = headers != null && headers.replyTo() != null ? headers.replyTo()
                : message.recipient() == null ? null : message.recipient().address();
        if (to == null) {
            throw DeliveryException.permanent("no address to reply to", null);
        }
        try {
            MimeMessage mail = edit.apply(composer.compose(session, message, headers, to));
            login.send(mail);
            return new MessageRef(Channel.EMAIL, mail.getMessageID());
        } catch (AddressException e) {
            throw DeliveryException.permanent("invalid recipient address: " + e.getMessage(), e);
        } catch (SendFailedException e) {
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                throw DeliveryException.permanent("recipient refused: " + e.getMessage(), e);
            }
            throw DeliveryException.retryable("SMTP send failed: " + e.getMessage(), e);
        } catch (MessagingException | IOException e) {
            throw DeliveryException.retryable("SMTP send failed: " + e.getMessage(), e);
        }
    }
}
