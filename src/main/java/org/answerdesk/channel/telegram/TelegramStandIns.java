package org.answerdesk.channel.telegram;

import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.channel.StandIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Files to and from a Telegram bot connected from the admin page ({@link StandIn}); only without a token in the environment. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramConditions.Disabled.class)
class TelegramStandIns {

    @Bean
    MediaFetcher telegramFilesStandIn(TelegramSetup setup) {
        return StandIn.of(MediaFetcher.class, setup.channel(), () -> setup.running(TelegramFiles.class));
    }

    @Bean
    FileDelivery telegramFileSenderStandIn(TelegramSetup setup) {
        return StandIn.of(FileDelivery.class, setup.channel(), () -> setup.running(TelegramFileSender.class));
    }
}
