package org.answerdesk.channel.telegram;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.ChannelSetup;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapter;
import org.answerdesk.conversation.ChannelAdapters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import okhttp3.OkHttpClient;

/**
 * Telegram connected from the admin page. The channel's beans are the ones a token in the environment creates at
 * start (adapter, poller, buttons), made here in a child context of the app's with the stored token as its
 * {@code answerdesk.telegram.bot-token}: starting is refreshing that context, stopping is closing it (the poller
 * stops and gives up its lease). Its adapter is registered with {@link ChannelAdapters} while it runs. Only long
 * polling: a webhook needs its URL and token set together in the environment.
 */
@Component
class TelegramSetup implements ChannelSetup, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramSetup.class);
    static final String TOKEN = "bot_token";
    /** What @BotFather gives: the bot's id, a colon, a secret of URL-safe letters (it becomes part of every URL). */
    private static final java.util.regex.Pattern TOKEN_SHAPE = java.util.regex.Pattern.compile(
            "\\d{1,20}:[A-Za-z0-9_-]{1,200}");

    private final ApplicationContext app;
    private final Environment environment;
    private final ChannelAdapters adapters;
    private ConfigurableApplicationContext running;
    private volatile boolean open;

    TelegramSetup(ApplicationContext app, Environment environment, ChannelAdapters adapters) {
        this.app = app;
        this.environment = environment;
        this.adapters = adapters;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public List<Field> fields() {
        return List.of(Field.secret(TOKEN));
    }

    @Override
    public boolean inEnvironment() {
        String token = environment.getProperty("answerdesk.telegram.bot-token");
        return token != null && !token.isBlank();
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

    /** The app started: channels may be started. */
    @Override
    public void start() {
        open = true;
    }

    /** The app runs; {@link #stop} then closes a channel started here before the database goes. */
    @Override
    public boolean isRunning() {
        return open || running != null;
    }

    @Override
    public synchronized void start(Map<String, String> settings) {
        if (inEnvironment()) {
            throw new IllegalStateException("the Telegram channel is configured in the environment");
        }
        if (!open) {
            throw new IllegalStateException("the app is not running");
        }
        stop();
        var child = new AnnotationConfigApplicationContext();
        child.setParent(app);
        child.setDisplayName("telegram (admin)");
        child.getEnvironment().getPropertySources().addFirst(new MapPropertySource("answerdesk.admin.telegram",
                Map.of("answerdesk.telegram.bot-token", settings.get(TOKEN).strip(),
                        "answerdesk.telegram.webhook-url", "")));
        var scanner = new ClassPathBeanDefinitionScanner(child, true, child.getEnvironment());
        scanner.addExcludeFilter(new AssignableTypeFilter(TelegramSetup.class));
        scanner.scan(TelegramSetup.class.getPackageName());
        child.refresh();
        running = child;
        adapters.register(child.getBean(ChannelAdapter.class));
        log.info("Telegram channel started from the admin settings");
    }

    /** The app stops: the channel started here closes before the database does, and no other starts. */
    @Override
    public void stop(Runnable callback) {
        open = false;
        stop();
        callback.run();
    }

    /** Stops the channel started here. */
    @Override
    public synchronized void stop() {
        if (running != null) {
            adapters.unregister(Channel.TELEGRAM);
            running.close();
            running = null;
            log.info("Telegram channel started from the admin settings stopped");
        }
    }

    /** A bean of the channel started here, while it runs. */
    synchronized <T> Optional<T> running(Class<T> type) {
        return running == null ? Optional.empty() : Optional.of(running.getBean(type));
    }

    @Override
    public synchronized Optional<ChannelHealth> health() {
        ApplicationContext source = running != null ? running : inEnvironment() ? app : null;
        if (source == null || !source.containsBean("telegramHealthIndicator")) {
            return Optional.empty();
        }
        return Optional.of(source.getBean("telegramHealthIndicator", ChannelHealth.class));
    }
}
