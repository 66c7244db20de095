package org.answerdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs a test class in a third lane, beside the main lane and the {@link SideLane}, one such class at a time, its
 * tests one after another. The side lane's rules hold for its classes (apps, databases, data directories and fakes of
 * their own; a Spring test context only when no class of another lane has its configuration and it polls none of the
 * shared fakes); what sets them apart is that they mostly wait (an app's start, a lease to expire, a database to come back,
 * a JVM to die, a deadline), so that the third lane uses the cores the other two leave idle meanwhile.
 *
 * <p>No class here logs in to the JVM's GreenMail: every mailbox class stays in the side lane, where it has always run
 * beside the main lane's email contexts and never beside another mailbox class (two lanes of mailbox classes beside
 * the main lane's quarantine test made GreenMail drop its session, docs/benchmarks.md "ci20"). {@code SlowBodyIT}
 * holds this lane's lock too, so that it runs beside the main lane only (its window is the machine's time for its
 * requests). The failsafe configuration (pom.xml) runs three threads, one per lane, and lets the pool add one in
 * place of a thread that waits for a lane's lock, up to a thread for every lane class ({@code LanesTest}): with
 * fewer, the threads could all wait on one lane while the other lane's next class had none to take it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(WaitLane.LANE)
public @interface WaitLane {

    /** Held by the wait-lane class that runs; a lock on a class also keeps its tests in one thread. */
    String LANE = "org.answerdesk.wait-lane";

    /** As {@link SideLane#OWN_CONTEXT}: the default configuration's classes moved here share a context of their own. */
    String OWN_CONTEXT = "answerdesk-test.lane=wait";
}
