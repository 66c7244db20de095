package org.answerdesk;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.ClassUtils;

/**
 * Spring Boot's Logback setup, done once per test JVM. Spring Boot marks the JVM's one Logback context as set up and
 * skips the setup for every later app, until an app closes: then it removes the mark, and the next app to start
 * suppresses every logger of the JVM until its environment is prepared, resets the context (detaching appenders
 * others added) and configures it again. Many apps start and close in a test JVM (a side-lane class's apps beside
 * the main lane's test contexts), so a log line a test waited for could vanish. Here an app that closes leaves the
 * setup in place; the apps' {@code logging.level.*} are still applied at each start, as before. An app that failed
 * before logging was set up is cleaned up as Spring Boot does (its suppressing filter removed). The product runs one
 * app per JVM; this is registered for tests only (src/test/resources/META-INF/spring.factories).
 */
public class LoggingOnce extends LogbackLoggingSystem {

    public LoggingOnce(ClassLoader classLoader) {
        super(classLoader);
    }

    @Override
    public void cleanUp() {
        if (!isSetUp()) {
            super.cleanUp();
        }
    }

    /** Spring Boot's own mark of a set-up Logback context. */
    static boolean isSetUp() {
        return LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getObject(LoggingSystem.class.getName()) != null;
    }

    /** Chosen before Spring Boot's own Logback factory. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static class Factory implements LoggingSystemFactory {

        @Override
        public LoggingSystem getLoggingSystem(ClassLoader classLoader) {
            return ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext", classLoader)
                    ? new LoggingOnce(classLoader) : null;
        }
    }
}
