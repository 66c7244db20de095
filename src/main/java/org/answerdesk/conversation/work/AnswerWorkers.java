package org.answerdesk.conversation.work;

import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.Failures;
import org.answerdesk.conversation.answering.DecisionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The core's answer pool: {@code answerdesk.conversation.workers} threads that claim due messages from PostgreSQL
 * ({@link InboundClaims#claimNext}, {@code FOR UPDATE SKIP LOCKED}) and answer them, on whichever instance
 * they run. A stored message is woken for at once ({@link #nudgeAfterCommit}); a worker with nothing to do looks for due work
 * every {@code poll-interval}, which also finds messages another instance stored, and messages whose worker died
 * (their claim's lease ran out). A busy pool drops nothing: the message stays due in the database. A message
 * that cannot be answered is given up after its attempts ({@link GivingUp}), so none holds the queue for ever.
 */
@Component
public class AnswerWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnswerWorkers.class);

    private final InboundClaims claims;
    private final DecisionRunner answerer;
    private final GivingUp givingUp;
    private final ConversationProperties properties;
    private final MeterRegistry meters;
    private final Hearing hearing;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    AnswerWorkers(InboundClaims claims, DecisionRunner answerer, GivingUp givingUp, ConversationProperties properties,
                  MeterRegistry meters, Hearing hearing) {
        this.hearing = hearing;
        this.claims = claims;
        this.answerer = answerer;
        this.givingUp = givingUp;
        this.properties = properties;
        this.meters = meters;
    }

    /** Wakes an idle worker: a due message was just committed. */
    private void nudge() {
        if (wakeUps.availablePermits() < properties.workers()) {
            wakeUps.release();
        }
    }

    /**
     * Wakes an idle worker once the caller's transaction commits (at once outside one): until then no worker
     * can see the due message.
     */
    public void nudgeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    nudge();
                }
            });
        } else {
            nudge();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= properties.workers(); i++) {
            var t = new Thread(this::work, "answer-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        log.info("{} answer workers claim due messages (lease {}, poll {})", properties.workers(),
                properties.answerLease(), properties.pollInterval());
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUps.release(threads.size());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
        try {
            // answers still running are given back, so the next worker (here after a restart, or elsewhere) need
            // not wait for their lease
            claims.release(List.copyOf(inFlight));
        } catch (RuntimeException e) {
            log.info("Claims of unfinished answers not given back ({}); they are taken over after their lease",
                    Failures.describe(e));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0; // after the FAQ index is built (first phase); stopped after the intakes
    }

    private void work() {
        while (running) {
            try {
                var next = claims.claimNext(properties.answerLease());
                if (next.isEmpty()) {
                    wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    continue;
                }
                answer(next.get());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Could not claim due messages: {}", Failures.describe(e));
                pause();
            }
        }
    }

    private void answer(ClaimedInbound claimed) {
        inFlight.add(claimed.claim());
        try {
            if (!givingUp.ifExhausted(claimed)) {
                answerer.answer(hearing.heard(claimed, true));
            }
        } catch (Hearing.Later later) {
            // the transcriber is down or failing: the voice note waits, its claim kept until then
            claims.retryAfter(claimed, later.retryIn(), properties.answerLease(), !later.attempted());
            log.info("Message {} is heard again in {} (attempt {})", claimed.id(), later.retryIn(),
                    claimed.attempts());
        } catch (RuntimeException e) {
            meters.counter("answerdesk.answers.failed").increment();
            afterFailure(claimed, e);
        } finally {
            inFlight.remove(claimed.claim());
        }
    }

    private void afterFailure(ClaimedInbound claimed, RuntimeException e) {
        try {
            if (givingUp.afterFailure(claimed, e)) {
                return;
            }
        } catch (RuntimeException again) {
            log.warn("Message {} could not be given up yet ({})", claimed.id(), Failures.describe(again));
        }
        // the claim stays: after its lease the message is due again, here or on another instance
        log.warn("Message {} not answered yet, attempt {} of {} ({}); tried again after {}", claimed.id(),
                claimed.attempts(), properties.maxAnswerAttempts(), Failures.describe(e), properties.answerLease());
    }

    private void pause() {
        try {
            wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
