package org.answerdesk.channel.telegram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.answerdesk.channel.RunTimeChannel;
import org.answerdesk.channel.RunTimeRoutes;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapters;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import okhttp3.OkHttpClient;

/**
 * Telegram connected from the admin page: the stored token is the child context's
 * {@code answerdesk.telegram.bot-token} (see {@link RunTimeChannel}), so its beans are the ones a token in the
 * environment creates at start (adapter, poller, buttons); stopping stops the poller, which gives up its lease. Only
 * long polling: a webhook needs its URL and token set together in the environment.
 */
@Component
class TelegramSetup extends RunTimeChannel {

    static final String TOKEN = "bot_token";
    /** What @BotFather gives: the bot's id, a colon, a secret of URL-safe letters (it becomes part of every URL). */
    private static final java.util.regex.Pattern TOKEN_SHAPE = java.util.regex.Pattern.compile(
            "\\d{1,20}:[A-Za-z0-9_-]{1,200}");

    private final Environment environment;

    TelegramSetup(ConfigurableApplicationContext app, ChannelAdapters adapters, RunTimeRoutes routes) {
        super(app, adapters, routes, new Platform(Channel.TELEGRAM, List.of(Field.secret(TOKEN)),
                "telegramHealthIndicator", "answerdesk.telegram.", TOKEN));
        this.environment = app.getEnvironment();
    }

    /** The stored token, and no webhook: from the admin page the bot uses long polling. */
    @Override
    protected Map<String, Object> properties(Map<String, String> settings) {
        return Map.of(property(TOKEN), settings.get(TOKEN).strip(), property("webhook_url"), "");
    }

    private TelegramProperties properties() {
        return Binder.get(environment).bindOrCreate("answerdesk.telegram", TelegramProperties.class);
    }

    @Override
    public String check(Map<String, String> settings) throws CheckFailed {
        TelegramProperties properties = properties();
        String token = settings.isEmpty() ? properties.botToken() : settings.get(TOKEN);
        if (token == null || token.isBlank()) {
            throw new CheckFailed("no Telegram bot token is set", false);
        }
        if (!settings.isEmpty() && !TOKEN_SHAPE.matcher(token.strip()).matches()) {
            // a NUL, a slash or 50 KB would otherwise reach the request URL (and an error that quotes it)
            throw new CheckFailed("that is not a Telegram bot token: @BotFather gives one such as "
                    + "123456789:AAHfQ... (digits, a colon, letters, digits, - and _)", false);
        }
        if (!settings.isEmpty() && properties.webhookUrl() != null && !properties.webhookUrl().isBlank()) {
            throw new CheckFailed("ANSWERDESK_TELEGRAM_WEBHOOK_URL is set: a webhook needs the bot token in the "
                    + "environment too (ANSWERDESK_TELEGRAM_BOT_TOKEN); from the admin page the bot uses long polling",
                    false);
        }
        var http = new OkHttpClient.Builder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                .build();
        try {
            User me = new OkHttpTelegramClient(http, token.strip(), properties.telegramUrl()).execute(new GetMe());
            return "@" + me.getUserName();
        } catch (TelegramApiRequestException e) {
            throw new CheckFailed("Telegram refused the bot token (" + e.getErrorCode() + " "
                    + redact(e.getApiResponse(), token) + "): copy it again from @BotFather", false);
        } catch (TelegramApiException e) {
            throw new CheckFailed("the Telegram Bot API at " + properties.apiUrl() + " could not be reached: "
                    + redact(String.valueOf(e.getMessage()), token), true);
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static String redact(String text, String token) {
        return text == null ? "" : text.replace(token, "***");
    }
}
