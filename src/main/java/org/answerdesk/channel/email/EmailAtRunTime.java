package org.answerdesk.channel.email;

import org.answerdesk.alert.AlertMail;
import org.answerdesk.attachment.StoredFile;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Staff's files to mail customers and the owner's alert mails through a mailbox connected from the admin page:
 * their users find the channel's bean at start, before the mailbox runs, so this one stands in and hands each
 * call to the running mailbox's. While none runs, both fail as retryable and are tried again later. Only without a
 * mailbox in the environment (which has its own).
 */
@Component
@ConditionalOnExpression("'${answerdesk.mail.imap-host:}'.isBlank()")
class EmailAtRunTime implements FileDelivery, AlertMail {

    private final EmailSetup setup;

    EmailAtRunTime(EmailSetup setup) {
        this.setup = setup;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException {
        var sender = setup.running(EmailFileSender.class);
        if (sender.isEmpty()) {
            throw DeliveryException.retryable("the mailbox is not connected", null);
        }
        return sender.get().deliver(message, file);
    }

    @Override
    public void send(String alertId, String to, String senderName, String subject, String text) throws Exception {
        var mail = setup.running(EmailAlertMail.class);
        if (mail.isEmpty()) {
            throw new IllegalStateException("the mailbox is not connected");
        }
        mail.get().send(alertId, to, senderName, subject, text);
    }
}
