package org.answerdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.TaskScheduler;

/**
 * The outbox's retries and desk posts run on the app's scheduler beside tasks that wait on other servers (an LLM
 * proposing phrasings, for minutes when it is slow): one task waiting must not hold the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchedulerIT {

    @Autowired
    TaskScheduler scheduler;

    @Test
    void aTaskRunsWhileAnotherWaits() throws InterruptedException {
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(() -> {
            waiting.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, java.time.Instant.now());
        try {
            assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the waiting task started").isTrue();
            scheduler.schedule(ran::countDown, java.time.Instant.now());
            assertThat(ran.await(30, TimeUnit.SECONDS)).as("a second task ran while the first waited").isTrue();
        } finally {
            release.countDown();
        }
    }
}
