package org.answerdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Marks a test class that asserts what the app logged (Spring Boot's {@code OutputCaptureExtension}, or an appender).
 * Such classes run one at a time, whichever lane they are in: {@code System.out} is one per JVM, and each capture
 * replaces it and puts back the one it found, so of two captures at once the first to end would put back the stream
 * from before the other's, whose lines would then go uncaptured (a {@code doesNotContain} passing unread). Side-lane classes beside them no longer matter: Logback is set up once per test JVM ({@link LoggingOnce}), so
 * an app a side-lane class starts or closes no longer resets it, drops the lines logged meanwhile or detaches added
 * appenders; the lines its apps log are their own (their secrets, their mailboxes, their chats).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ResourceLock(ReadsTheLog.OUTPUT)
public @interface ReadsTheLog {

    /**
     * Held by the class that reads the log while it runs. JUnit takes a class's locks in the order of their keys, so
     * this key sorts after the lanes' ({@link SideLane#LANE}, {@link WaitLane#LANE}): a lane's class that waits for its
     * lane then holds nothing else. With "captured-output" before "side-lane", a side-lane class that reads the log
     * took this lock and then waited for the side lane, and the main lane's classes that read the log waited behind it
     * (87 s and 103 s of an idle main lane in one CI run, docs/benchmarks.md "lock40").
     */
    String OUTPUT = "org.answerdesk.x-captured-output";
}
