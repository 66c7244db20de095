package org.answerdesk.channel.whatsapp;

import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.channel.StandIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Files to and from a WhatsApp number connected from the admin page ({@link StandIn}); only without an access token in the environment. */
@Configuration(proxyBeanMethods = false)
@Conditional(WhatsAppConditions.Disabled.class)
class WhatsAppStandIns {

    @Bean
    MediaFetcher whatsAppFilesStandIn(WhatsAppSetup setup) {
        return StandIn.of(MediaFetcher.class, setup.channel(), () -> setup.running(WhatsAppFiles.class));
    }

    @Bean
    FileDelivery whatsAppFileSenderStandIn(WhatsAppSetup setup) {
        return StandIn.of(FileDelivery.class, setup.channel(), () -> setup.running(WhatsAppFileSender.class));
    }
}
