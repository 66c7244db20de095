package org.answerdesk.channel.whatsapp;

import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.ChannelProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The WhatsApp channel's beans; none of them exist without {@code answerdesk.whatsapp.access-token}. */
@Configuration(proxyBeanMethods = false)
@Conditional(WhatsAppConditions.Enabled.class)
@EnableConfigurationProperties(WhatsAppProperties.class)
class WhatsAppConfiguration {

    /** Component {@code whatsapp} of {@code /actuator/health}: fed by each webhook delivery. */
    @Bean
    ChannelHealth whatsappHealthIndicator(ChannelProperties channel) {
        return ChannelHealth.of(channel);
    }
}
