package org.answerdesk.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapter;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;

/**
 * Sends stored answers by SMTP as replies to the mail they answer (whose headers the inbound message kept as
 * {@link MailHeaders}). The reply's Message-ID becomes its platform id. A refused recipient is a permanent
 * failure; anything else (server down, timeout, 4xx) is retried by the dispatcher.
 */
class EmailChannelAdapter implements ChannelAdapter {

    private final EmailProperties properties;
    private final Session session;
    private final ReplyComposer composer;

    EmailChannelAdapter(EmailProperties properties, ReplyComposer composer) {
        this.properties = properties;
        this.session = MailSessions.smtp(properties);
        this.composer = composer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** Mail offers no person after a thumbs-down: the feedback page tells how to reach one. */
    @Override
    public boolean offersPersonAfterThumbsDown() {
        return false;
    }

    /** The likeliest answers go out with the ticket open: a mail's customer may never come back to confirm one. */
    @Override
    public boolean opensTicketWithChoices() {
        return true;
    }

    /** The answers to a mail of several questions go out as one reply mail. */
    @Override
    public boolean sendsAnswersTogether() {
        return true;
    }

    @Override
    public MessageRef deliver(OutboundMessage message) throws DeliveryException {
        var origin = message.origin();
        MailHeaders headers = origin == null || origin.raw() == null ? null : MailHeaders.decode(origin.raw());
        String to = headers != null && headers.replyTo() != null ? headers.replyTo()
                : message.recipient() == null ? null : message.recipient().address();
        if (to == null) {
            throw DeliveryException.permanent("no address to reply to", null);
        }
        try {
            var mail = composer.compose(session, message, headers, to);
            String user = properties.effectiveSmtpUsername();
            if (EmailProperties.blank(user)) {
                Transport.send(mail);
            } else {
                Transport.send(mail, user, properties.effectiveSmtpPassword());
            }
            return new MessageRef(Channel.EMAIL, mail.getMessageID());
        } catch (AddressException e) {
            throw DeliveryException.permanent("invalid recipient address: " + e.getMessage(), e);
        } catch (SendFailedException e) {
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                throw DeliveryException.permanent("recipient refused: " + e.getMessage(), e);
            }
            throw DeliveryException.retryable("SMTP send failed: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw DeliveryException.retryable("SMTP send failed: " + e.getMessage(), e);
        }
    }
}
