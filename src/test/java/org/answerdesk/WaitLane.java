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
 * tests one after another. The same rules as the side lane's hold for its classes (apps, databases, mailbox logins
 * and fakes of their own; no Spring test context another class has); what sets them apart is that they mostly wait
 * (for an app's start in a child JVM, a lease to expire, a database to come back, a JVM to die), so that a third lane
 * uses the cores the other two leave idle meanwhile (docs/benchmarks.md, "ci20"). The failsafe configuration
 * (pom.xml) runs three threads, one per lane.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(WaitLane.LANE)
public @interface WaitLane {

    /** Held by the wait-lane class that runs; a lock on a class also keeps its tests in one thread. */
    String LANE = "org.answerdesk.wait-lane";
}
