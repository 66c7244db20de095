package org.answerdesk.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.answerdesk.attachment.StoredFile;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * A staff's file to a mail customer: the reply mail as {@link ReplyComposer} writes it (in the customer's thread,
 * its text the file's name), with the file attached ({@code multipart/mixed}). Failures are classified as for a
 * text reply.
 */
@Component
@ConditionalOnExpression(EmailConfiguration.ENABLED)
class EmailFileSender implements FileDelivery {

    private final EmailProperties properties;
    private final ReplyComposer composer;
    private final Session session;

    EmailFileSender(EmailProperties properties, ReplyComposer composer) {
        this.properties = properties;
        this.composer = composer;
        this.session = MailSessions.smtp(properties);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException {
        var origin = message.origin();
        MailHeaders headers = origin == null || origin.raw() == null ? null : MailHeaders.decode(origin.raw());
        String to = headers != null && headers.replyTo() != null ? headers.replyTo()
                : message.recipient() == null ? null : message.recipient().address();
        if (to == null) {
            throw DeliveryException.permanent("no address to reply to", null);
        }
        try {
            MimeMessage mail = withFile(composer.compose(session, message, headers, to), file);
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
        } catch (MessagingException | java.io.IOException e) {
            throw DeliveryException.retryable("SMTP send failed: " + e.getMessage(), e);
        }
    }

    /** The composed mail's body as the first part of a {@code multipart/mixed}, the file as the second. */
    static MimeMessage withFile(MimeMessage mail, StoredFile file) throws MessagingException, java.io.IOException {
        var body = new MimeBodyPart();
        Object content = mail.getContent();
        if (content instanceof Multipart) {
            body.setContent((Multipart) content);
        } else {
            body.setText(String.valueOf(content), "UTF-8");
        }
        var attached = new MimeBodyPart();
        attached.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(file.bytes(),
                file.mediaType())));
        attached.setFileName(file.name());
        attached.setDisposition(MimeBodyPart.ATTACHMENT);
        // byte for byte: a file that looks like text would otherwise go as 7bit, its line ends made CRLF
        attached.setHeader("Content-Transfer-Encoding", "base64");
        var mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attached);
        mail.setContent(mixed);
        return mail;
    }
}
