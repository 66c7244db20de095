package org.answerdesk.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.PollerLease;
import org.answerdesk.channel.PollerLeases;
import org.answerdesk.conversation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
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
 * Long polling, on the one instance that holds the bot's {@link PollerLease} (Telegram answers a second poller
 * with 409 Conflict; the other instances wait on standby and take over when it dies). Each update is stored before the next {@code getUpdates} call acknowledges it by a higher
 * offset, so an update is never lost between Telegram and the database. One that cannot be stored for now (the
 * database is down) is asked for again after a back-off; one that can never be stored is quarantined and passed.
 * Updates are asked for only while fewer than {@code queue-capacity} Telegram messages wait for an answer, at most
 * as many as there is room for: the rest wait at Telegram. Each round is reported to the {@code telegram} health component.
 */
@Component
@Conditional(TelegramConditions.Polling.class)
class TelegramPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    private static final int MAX_BATCH = 100;

    private static final Duration FULL_PAUSE = Duration.ofMillis(500);

    private final TelegramInbound updates;
    private final ChannelHealth health;
    private final PollerLeases leases;
    private final PollerLease lease;
    private final TelegramClient polling;
    private final String token;
    private final int timeoutSeconds;
    private volatile boolean running;
    private volatile Thread thread;
    private int offset;
    private final AtomicLong completedRounds = new AtomicLong();

    TelegramPoller(TelegramInbound updates,
                   @Qualifier("telegramHealthIndicator") ChannelHealth health, TelegramProperties properties,
                   PollerLeases leases) {
        this.updates = updates;
        this.health = health;
        this.leases = leases;
        // Telegram allows one getUpdates caller per bot: one poller across every instance sharing the database
        this.lease = leases.lease("telegram:" + botId(properties.botToken()));
        this.token = properties.botToken();
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
        health.disconnected();
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

    /**
     * How many rounds the poller has ended without error since the start, holding the lease: each either took
     * what {@code getUpdates} returned or, with no room, left the updates at Telegram. A round that began after
     * some moment has looked at Telegram since then, so the tests know when the poller has had its chance.
     */
    long completedRounds() {
        return completedRounds.get();
    }

    private void run() {
        try {
            poll();
        } finally {
            lease.release();
        }
    }

    private void poll() {
        int failures = 0;
        boolean webhookCleared = false;
        log.info("Telegram long polling started");
        while (running) {
            if (!lease.tryAcquire()) {
                lease.holder().ifPresentOrElse(health::standby,
                        () -> health.failed("no instance holds the poller lease: the database cannot be asked"));
                sleep(leases.retry());
                continue;
            }
            health.leading(leases.instance());
            try {
                int room = updates.room();
                if (room == 0) {
                    health.failed("too many messages wait for an answer; updates wait at Telegram");
                    completedRounds.incrementAndGet();
                    sleep(FULL_PAUSE);
                    continue;
                }
                if (!webhookCleared) {
                    // getUpdates is refused while a webhook is set; pending updates are kept
                    polling.execute(new DeleteWebhook(false));
                    webhookCleared = true;
                    health.connected();
                }
                int limit = Math.min(MAX_BATCH, room);
                List<Update> batch = polling.execute(new UpdateBatch(offset, limit, timeoutSeconds,
                        TelegramInbound.ALLOWED));
                for (Update update : batch) {
                    if (!running) {
                        return;
                    }
                    updates.accept(update);
                    offset = update.getUpdateId() + 1;
                }
                completedRounds.incrementAndGet();
                health.succeeded();
                failures = 0;
            } catch (TelegramApiException | RuntimeException e) {
                if (!running) {
                    return;
                }
                failures++;
                Duration pause = pause(failures);
                String what = (e instanceof TelegramApiException ? "Telegram polling failed: "
                        : "an update could not be stored: ") + Failures.describe(e);
                health.failed(withoutToken(what));
                log.warn("{}; trying again in {} s", withoutToken(what), pause.toSeconds());
                sleep(pause);
            }
        }
    }

    /** The bot's id: the public part of its token, before the colon. */
    private static String botId(String token) {
        int colon = token == null ? -1 : token.indexOf(':');
        return colon > 0 ? token.substring(0, colon) : "bot";
    }

    private String withoutToken(String text) {
        return token == null || token.isEmpty() ? text : text.replace(token, "***");
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
