package org.answerdesk.channel.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram channel ({@code answerdesk.telegram.*}, e.g. {@code ANSWERDESK_TELEGRAM_BOT_TOKEN}). The channel
 * exists only when a bot token is set.
 *
 * @param botToken        the token BotFather gave; never logged
 * @param apiUrl          the Bot API server, {@code scheme://host[:port]} (a self-hosted Bot API server, or a fake
 *                        one in tests)
 * @param webhookUrl      when set, updates come by webhook to this public URL (ending in {@code /telegram/webhook})
 *                        instead of long polling
 * @param webhookSecret   the secret Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token}; a random one
 *                        is made at start when it is not set
 * @param pollTimeout     how long one {@code getUpdates} call waits for updates
 * @param groupsNeedMention in groups, answer only messages that mention the bot or reply to it
 * @param maxSuggestions  related questions listed under a non-confident answer
 * @param queueCapacity   Telegram messages stored and not answered yet (the core's due work, on every instance);
 *                        while that many wait no more updates are taken (long polling leaves them at Telegram, the
 *                        webhook answers 429), so a flood waits at Telegram rather than in the database
 */
@ConfigurationProperties("answerdesk.telegram")
record TelegramProperties(
        String botToken,
        @DefaultValue("https://api.telegram.org") String apiUrl,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue("50s") Duration pollTimeout,
        @DefaultValue("true") boolean groupsNeedMention,
        @DefaultValue("3") int maxSuggestions,
        @DefaultValue("1000") int queueCapacity) {

    TelegramProperties {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("answerdesk.telegram.queue-capacity must be at least 1");
        }
    }

    /** The API server as the client library wants it. */
    TelegramUrl telegramUrl() {
        URI uri = URI.create(apiUrl.strip());
        if (uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
            throw new IllegalArgumentException("answerdesk.telegram.api-url must look like scheme://host[:port], not "
                    + apiUrl);
        }
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme();
        int port = uri.getPort() > 0 ? uri.getPort() : ("http".equals(scheme) ? 80 : 443);
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramProperties[botToken=" + (botToken == null ? "null" : "***") + ", apiUrl=" + apiUrl
                + ", webhookUrl=" + webhookUrl + ", webhookSecret=" + (webhookSecret == null ? "null" : "***")
                + ", pollTimeout=" + pollTimeout + ", groupsNeedMention=" + groupsNeedMention
                + ", maxSuggestions=" + maxSuggestions + ", queueCapacity=" + queueCapacity + "]";
    }
}
