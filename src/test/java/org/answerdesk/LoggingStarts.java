package org.answerdesk;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Lets one app of a test JVM at a time set up logging. Spring Boot resets and configures the JVM's one Logback
 * context while an app's environment is prepared; two apps doing so at once (a side-lane class's apps beside the main
 * lane's test contexts) can leave one parsing its pattern just after the other cleared the registered converters, and
 * that app fails to start. The lock is held from an app's start until its context is prepared (logging is set up by
 * then), or until it fails; only until logging is first set up, which then stays ({@link LoggingOnce}), so that
 * later apps do not wait on one another's starts. The product runs one app per JVM; this is registered for tests only
 * (src/test/resources/META-INF/spring.factories).
 */
public class LoggingStarts implements SpringApplicationRunListener, Ordered {

    private static final ReentrantLock LOCK = new ReentrantLock();

    public LoggingStarts(SpringApplication application, String[] args) {
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void starting(ConfigurableBootstrapContext bootstrapContext) {
        if (!LoggingOnce.isSetUp()) { // once set up, logging stays so and no app resets it (LoggingOnce)
            LOCK.lock();
        }
    }

    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        release();
    }

    @Override
    public void failed(ConfigurableApplicationContext context, Throwable exception) {
        release();
    }

    @Override
    public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
        release();
    }

    private static void release() {
        if (LOCK.isHeldByCurrentThread()) {
            LOCK.unlock();
        }
    }
}
