package org.answerdesk.faq;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's FAQ index in step with changes made on any instance sharing the database: it listens for
 * {@link FaqVersion#CHANNEL} notifications on a connection of its own and, as a safety net for a notification
 * missed while reconnecting, compares the shared version every {@code answerdesk.faq.sync-interval}. The index is
 * rebuilt on this thread; requests keep using the previous index until the new one is swapped in.
 */
@Component
class FaqChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FaqChangeListener.class);

    private final DataSource dataSource;
    private final FaqIndexing faq;
    private final FaqProperties properties;
    private volatile boolean running;
    private Thread thread;

    FaqChangeListener(DataSource dataSource, FaqIndexing faq, FaqProperties properties) {
        this.dataSource = dataSource;
        this.faq = faq;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "faq-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1; // right after FaqStartup has built the first index
    }

    private void loop() {
        long wait = properties.syncInterval().toMillis();
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + FaqVersion.CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                refreshIfChanged(); // a change may have come while not listening
                while (running) {
                    // returns at a notification, or after the interval: then the version check is the safety net
                    notifications.getNotifications((int) wait);
                    refreshIfChanged();
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("FAQ change listener lost its connection ({}); retrying in {} ms", e.toString(), wait);
                    pause(wait);
                }
            }
        }
    }

    private void refreshIfChanged() {
        if (faq.refreshIfChanged()) {
            log.info("FAQ index rebuilt after a change");
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
