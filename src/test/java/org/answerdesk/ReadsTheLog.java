package org.answerdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Marks a main-lane test class that asserts what the app logged (captured output or an appender). It holds the
 * {@link SideLane} lock while it runs: every app a side-lane class starts re-initializes the JVM's one Logback
 * context, which drops the events logged meanwhile on other threads and detaches added appenders, so a log line
 * the main lane waits for could vanish.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ResourceLock(SideLane.LANE)
public @interface ReadsTheLog {
}
