package org.answerdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs a test class in a second lane, beside the main one and the {@link WaitLane}, one such class at a time, its tests
 * one after another.
 * The main lane runs every other class one at a time, as before, and with them the cached Spring test contexts,
 * which poll the JVM's shared fakes (the GreenMail {@code support} mailbox, {@code FakeTelegram.INSTANCE}, the
 * Slack WireMock). A side-lane class starts its apps itself and shares nothing with those contexts: its own
 * databases, data directories, mailbox logins, fakes. A Spring test class may run here too when no class of another
 * lane has its context's configuration ({@link #OWN_CONTEXT}) and the context polls none of the shared fakes (its own
 * mailbox login, fakes of its own); the context cache is large enough that the main lane's starts do not close it meanwhile
 * (src/test/resources/spring.properties). Classes that start no app (the model and training tests, with
 * their own files and processes) may run here too, in whichever lane evens the two (docs/benchmarks.md,
 * "ci11" and "ci19"). Much of what such a class does is waiting (an app's start,
 * a lease to expire, a JVM to die), which the main lane uses. Parallel execution is switched on in the failsafe
 * configuration (pom.xml) with the main lane as the default. The mailbox classes (their own logins on the JVM's
 * GreenMail) stay in this lane, one at a time, never in the wait lane (docs/benchmarks.md, "ci20" and "ci40"). No
 * class runs alone ({@code @Isolated}): what a test asserts is counted or ordered, never timed, so a busy lane beside
 * it slows it without failing it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SideLane.LANE)
public @interface SideLane {

    /** Held by the side-lane class that runs; a lock on a class also keeps its tests in one thread. */
    String LANE = "org.answerdesk.side-lane";

    /**
     * A property nothing reads, for classes of the main lane's default configuration moved here: the context cache's
     * key includes the properties, so they share a context of their own (one start), never the main lane's.
     */
    String OWN_CONTEXT = "answerdesk-test.lane=side";

    /**
     * The start of a property nothing reads, followed by the class's name, for a class of the default configuration
     * that must have a context no other class shares: one that asks for the FAQ's health ({@code AsksForFaqHealth}),
     * whose app would cross-validate the FAQ after every later change of the classes it shared a context with (this
     * lane does not run a context's classes in {@code ContextOrder}'s order).
     */
    String ALONE = "answerdesk-test.alone=";
}
