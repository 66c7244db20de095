package org.answerdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an IT class that holds the locks of two lanes ({@code SlowBodyIT}: the side lane's and the wait lane's):
 * {@link ContextOrder} puts it after every other class, so that its lane runs its other classes first. JUnit's lane
 * locks are not fair: a thread that ends a wait-lane class takes the next one before a thread that waits for the
 * lane wakes, so a class that waits for a second lane waits until that lane has nothing left, and in the middle of
 * the run its own lane stood idle meanwhile (102 s of the side lane in the 21:33 run of the forty-second session,
 * docs/benchmarks.md "ci43"). Last, it waits for the other lane's end with its own lane's work done.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RunsLast {
}
