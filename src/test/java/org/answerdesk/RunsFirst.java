package org.answerdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an IT class that makes something other classes of the test JVM then reuse instead of making it themselves
 * (the tiny FAQ's adapted model, {@link AdaptedTinyFaq}): {@link ContextOrder} puts it before every other class, so
 * that its lane runs it at the start of the phase and the classes that reuse it find it made, whatever order the
 * classes were found in. Without it, a class that seeds its app with the model trained it itself whenever it came
 * before the holder (a training of the main lane's, some 16 s in a quiet full run).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RunsFirst {
}
