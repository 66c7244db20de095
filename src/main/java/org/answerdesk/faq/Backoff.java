package org.answerdesk.faq;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import org.slf4j.Logger;

/**
 * When a failing background job tries again: {@code first} after its first failure, twice as long after each
 * further one, at most {@code longest}; at once again after a success. It logs when the job starts failing, when
 * the failure changes and when the job works again, not at every attempt (the FAQ health's cross-validation
 * retried every second at 150% CPU, with a warning each time).
 */
final class Backoff {

    private final String job;
    private final InstantSource clock;
    private final Duration first;
    private final Duration longest;
    private final Logger log;
    private int failures;
    private String lastFailure;
    private Instant next = Instant.MIN;

    /** @param job what fails, as the start of a log line (e.g. "Estimating the FAQ's health") */
    Backoff(String job, InstantSource clock, Duration first, Duration longest, Logger log) {
        this.job = job;
        this.clock = clock;
        this.first = first;
        this.longest = longest;
        this.log = log;
    }

    /** Whether the job may run now: it has not failed, or its wait is over. */
    synchronized boolean due() {
        return !clock.instant().isBefore(next);
    }

    /** Records a failure; returns how long to wait before the next attempt. */
    synchronized Duration failed(Throwable e) {
        failures++;
        Duration wait = first.multipliedBy(1L << Math.min(failures - 1, 30));
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        next = clock.instant().plus(wait);
        String failure = e.toString();
        if (!failure.equals(lastFailure)) {
            lastFailure = failure;
            log.warn("{} failed: {}; trying again after {} s, waiting twice as long after each failure up to {} s",
                    job, failure, wait.toSeconds(), longest.toSeconds(), e);
        }
        return wait;
    }

    /** Records a success: the next failure waits {@code first} again. */
    synchronized void succeeded() {
        if (failures > 0) {
            log.info("{} works again, after {} failed attempt(s)", job, failures);
        }
        failures = 0;
        lastFailure = null;
        next = Instant.MIN;
    }

    synchronized int failures() {
        return failures;
    }
}
