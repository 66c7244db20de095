package org.answerdesk.attachment;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.answerdesk.conversation.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes due files in, in a lane per channel of {@link #PER_CHANNEL} download threads: at once when their message is
 * stored, and every {@code answerdesk.attachment.sweep} those whose download failed, whose message was not stored
 * yet, or that a stopped instance left. A platform whose files stall fills its own lane only, never another
 * channel's, nor the sweep, which only claims what a lane has a free thread for and hands it over. A busy lane drops
 * nothing: the row stays due, unclaimed, for the sweep. Files are claimed one at a time, so that a claim's lease
 * covers one download (each within its deadline: {@link PlatformDownload}).
 */
@Component
class DueFiles implements DisposableBean {

    /** Downloads at once per channel. */
    static final int PER_CHANNEL = 2;
    /** The most files of one message taken in by one task. */
    private static final int PER_MESSAGE = 20;

    private static final Logger log = LoggerFactory.getLogger(DueFiles.class);

    private record Lane(Semaphore free, ThreadPoolExecutor pool) {
    }

    private final Collector collector;
    private final AttachmentStore store;
    private final Duration lease;
    private final Map<Channel, Lane> lanes = new EnumMap<>(Channel.class);

    DueFiles(Collector collector, AttachmentStore store, AttachmentProperties properties) {
        this.collector = collector;
        this.store = store;
        // a claim covers one fetch: two calls (a lookup, then the file) of at most the time-out each
        this.lease = properties.downloadTimeout().multipliedBy(2).plusSeconds(10);
        for (Channel channel : Channel.values()) {
            String name = "attachment-download-" + channel.name().toLowerCase(java.util.Locale.ROOT);
            var pool = new ThreadPoolExecutor(PER_CHANNEL, PER_CHANNEL, 1, TimeUnit.MINUTES,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, name);
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            lanes.put(channel, new Lane(new Semaphore(PER_CHANNEL), pool));
        }
    }

    void collectSoon(Channel channel, String eventId) {
        Lane lane = lanes.get(channel);
        if (!lane.free().tryAcquire()) {
            log.debug("Files of {} {} left to the sweep: the channel's downloads are busy", channel, eventId);
            return;
        }
        run(lane, () -> collectNow(channel, eventId));
    }

    /** The files of one message, on the caller's thread. */
    void collectNow(Channel channel, String eventId) {
        for (int i = 0; i < PER_MESSAGE; i++) {
            List<AttachmentStore.Due> due = store.claim(channel, eventId, 1, lease);
            if (due.isEmpty()) {
                return;
            }
            collectSafely(due.get(0));
        }
    }

    @Scheduled(initialDelayString = "${answerdesk.attachment.sweep:15s}",
            fixedDelayString = "${answerdesk.attachment.sweep:15s}")
    void sweep() {
        for (Channel channel : store.channelsDue()) {
            Lane lane = lanes.get(channel);
            int free = lane.free().drainPermits();
            if (free == 0) {
                continue;
            }
            List<AttachmentStore.Due> due = store.claim(channel, null, free, lease);
            lane.free().release(free - due.size());
            due.forEach(d -> run(lane, () -> collectSafely(d)));
        }
    }

    /** Runs a task that holds one of the lane's permits, and gives it back when done. */
    private void run(Lane lane, Runnable task) {
        try {
            lane.pool().execute(() -> {
                try {
                    task.run();
                } finally {
                    lane.free().release();
                }
            });
        } catch (RejectedExecutionException e) {
            // stopping: a claimed row is taken again once its lease ran out
            lane.free().release();
        }
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
        lanes.values().forEach(l -> l.pool().shutdownNow());
    }
}
