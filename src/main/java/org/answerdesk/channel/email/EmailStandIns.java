package org.answerdesk.channel.email;

import org.answerdesk.alert.AlertMail;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.channel.StandIn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Staff's files and the owner's alert mails through a mailbox connected from the admin page ({@link StandIn}); only without a mailbox in the environment. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${answerdesk.mail.imap-host:}'.isBlank()")
class EmailStandIns {

    @Bean
    FileDelivery emailFileSenderStandIn(EmailSetup setup) {
        return StandIn.of(FileDelivery.class, setup.channel(), () -> setup.running(EmailFileSender.class));
    }

    @Bean
    AlertMail emailAlertMailStandIn(EmailSetup setup) {
        return StandIn.of(AlertMail.class, setup.channel(), () -> setup.running(EmailAlertMail.class));
    }
}
