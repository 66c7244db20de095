package org.answerdesk.handoff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that open tickets after the transaction that asked for a person committed
 * ({@link HandoffService#onHandoffRequested}): off the committing thread, so it never needs a second database
 * connection while it still holds its first. Two threads: opening a ticket is a short transaction, and what waits
 * here is safe anyway (the publication registry replays it after a crash).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class HandoffAsyncConfiguration {

    static final String EXECUTOR = "handoffExecutor";

    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor handoffExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("handoff-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        // a stopping app finishes the tickets it has begun; any not begun are replayed at the next start
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
