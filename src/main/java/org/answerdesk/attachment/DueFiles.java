package org.answerdesk.attachment;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.answerdesk.conversation.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes due files in: at once when their message is stored (on two background threads), and every
 * {@code answerdesk.attachment.sweep} those whose download failed, whose message was not stored yet, or that a
 * stopped instance left. A full queue drops nothing: the row stays due for the sweep.
 */
@Component
class DueFiles implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DueFiles.class);

    private final Collector collector;
    private final AttachmentStore store;
    private final Duration lease;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(100), r -> {
                Thread t = new Thread(r, "attachment-download");
                t.setDaemon(true);
                return t;
            });

    DueFiles(Collector collector, AttachmentStore store, AttachmentProperties properties) {
        this.collector = collector;
        this.store = store;
        this.lease = properties.downloadTimeout().multipliedBy(2).plusSeconds(10);
    }

    void collectSoon(Channel channel, String eventId) {
        try {
            pool.execute(() -> collectNow(channel, eventId));
        } catch (RejectedExecutionException e) {
            log.debug("Files of {} {} left to the sweep: the download queue is full", channel, eventId);
        }
    }

    void collectNow(Channel channel, String eventId) {
        store.claim(channel, eventId, 20, lease).forEach(this::collectSafely);
    }

    @Scheduled(initialDelayString = "${answerdesk.attachment.sweep:15s}",
            fixedDelayString = "${answerdesk.attachment.sweep:15s}")
    void sweep() {
        store.claim(null, null, 20, lease).forEach(this::collectSafely);
    }

    private void collectSafely(AttachmentStore.Due due) {
        try {
            collector.collect(due);
        } catch (RuntimeException e) {
            // the claim's lease runs out and the sweep tries again
            log.warn("File {} of {} {} not taken in yet: {}", due.ordinal(), due.channel(), due.eventId(),
                    e.toString());
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
