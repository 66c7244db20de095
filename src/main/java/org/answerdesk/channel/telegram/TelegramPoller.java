package org.answerdesk.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import okhttp3.OkHttpClient;

/**
 * Long polling. Each update is stored before the next {@code getUpdates} call acknowledges it by a higher
 * offset, so an update is never lost between Telegram and the database; one that cannot be stored (the
 * database is down) is asked for again.
 */
@Component
@Conditional(TelegramConditions.Polling.class)
class TelegramPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final TelegramUpdates updates;
    private final TelegramClient polling;
    private final int timeoutSeconds;
    private volatile boolean running;
    private volatile Thread thread;
    private int offset;

    TelegramPoller(TelegramUpdates updates, TelegramProperties properties) {
        this.updates = updates;
        this.timeoutSeconds = (int) Math.max(0, properties.pollTimeout().toSeconds());
        // getUpdates holds the connection open for up to the poll timeout
        var http = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(timeoutSeconds + 20L, TimeUnit.SECONDS).build();
        this.polling = new OkHttpTelegramClient(http, properties.botToken(), properties.telegramUrl());
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "telegram-poller");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        int failures = 0;
        boolean webhookCleared = false;
        log.info("Telegram long polling started");
        while (running) {
            try {
                if (!webhookCleared) {
                    // getUpdates is refused while a webhook is set; pending updates are kept
                    polling.execute(new DeleteWebhook(false));
                    webhookCleared = true;
                }
                List<Update> batch = polling.execute(new UpdateBatch(offset, 100, timeoutSeconds, TelegramUpdates.ALLOWED));
                for (Update update : batch) {
                    if (!running) {
                        return;
                    }
                    updates.accept(update);
                    offset = update.getUpdateId() + 1;
                }
                failures = 0;
            } catch (TelegramApiException | RuntimeException e) {
                if (!running) {
                    return;
                }
                failures++;
                Duration pause = pause(failures);
                log.warn("Telegram polling failed ({}); trying again in {} s", e.getMessage(), pause.toSeconds());
                sleep(pause);
            }
        }
    }

    private static Duration pause(int failures) {
        long seconds = 1L << Math.min(failures - 1, 5);
        return Duration.ofSeconds(Math.min(seconds, MAX_PAUSE.toSeconds()));
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
