package org.answerdesk.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
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

    private final SmtpReplies replies;

    EmailFileSender(EmailProperties properties, ReplyComposer composer, MailLogin login) {
        this.replies = new SmtpReplies(properties, composer, login);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException {
        return replies.send(message, mail -> withFile(mail, file));
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
