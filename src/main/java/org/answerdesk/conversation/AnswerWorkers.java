package org.answerdesk.conversation;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The core's pool that answers stored messages off the thread that took them in (a mailbox reader, a poller), so a
 * slow LLM or platform never holds up intake. A message handed in is already stored and unanswered, so nothing is
 * lost when the pool is full or the app stops: the {@link RecoverySweep} answers what the pool did not.
 */
@Component
class AnswerWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AnswerWorkers.class);

    private final ThreadPoolExecutor pool;
    private final MeterRegistry meters;

    AnswerWorkers(ConversationProperties properties, MeterRegistry meters) {
        this.meters = meters;
        var names = new AtomicInteger();
        int workers = Math.max(1, properties.workers());
        this.pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.queueCapacity())), r -> {
                    var t = new Thread(r, "answer-" + names.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs {@code answer} for the stored message soon; false when the pool is full (the recovery sweep answers
     * the message then).
     */
    boolean submit(long inboundMessageId, Runnable answer) {
        try {
            pool.execute(() -> run(inboundMessageId, answer));
            return true;
        } catch (RejectedExecutionException e) {
            meters.counter("answerdesk.answers.deferred").increment();
            log.debug("Answer pool full: message {} is left to the recovery sweep", inboundMessageId);
            return false;
        }
    }

    private static void run(long id, Runnable answer) {
        try {
            answer.run();
        } catch (RuntimeException e) {
            log.warn("Message {} not answered yet ({}); the recovery sweep retries", id, Failures.describe(e));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
