package org.answerdesk.channel.slack;

import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.channel.DeskAdapter;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.channel.StandIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Slack's files and staff desk for Slack connected from the admin page ({@link StandIn}); only without a bot token in the environment. */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConditions.Disabled.class)
class SlackStandIns {

    @Bean
    MediaFetcher slackFilesStandIn(SlackSetup setup) {
        return StandIn.of(MediaFetcher.class, setup.channel(), () -> setup.running(SlackFiles.class));
    }

    @Bean
    FileDelivery slackFileSenderStandIn(SlackSetup setup) {
        return StandIn.of(FileDelivery.class, setup.channel(), () -> setup.running(SlackFileSender.class));
    }

    @Bean
    DeskAdapter slackDeskStandIn(SlackSetup setup) {
        return StandIn.of(DeskAdapter.class, setup.channel(), () -> setup.running(SlackHandoffDesk.class));
    }
}
