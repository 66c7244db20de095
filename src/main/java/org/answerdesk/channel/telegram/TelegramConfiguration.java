package org.answerdesk.channel.telegram;

import java.util.concurrent.TimeUnit;

import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.ChannelProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import okhttp3.OkHttpClient;

/** The Telegram channel's beans; none of them exist without {@code answerdesk.telegram.bot-token}. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramConditions.Enabled.class)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    /** The Bot API client used for sending; long polling has its own, with a longer read timeout. */
    @Bean
    TelegramClient telegramClient(TelegramProperties properties) {
        var http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
        return new OkHttpTelegramClient(http, properties.botToken(), properties.telegramUrl());
    }

    /**
     * Component {@code telegram} of {@code /actuator/health}: fed by the poller (each getUpdates round) or, in
     * webhook mode, by the webhook registration and each update received.
     */
    @Bean
    ChannelHealth telegramHealthIndicator(ChannelProperties channel) {
        return ChannelHealth.of(channel);
    }
}
