package org.answerdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an IT class that asks its app for the FAQ's health report ({@code GET /api/faq/health}, an import or
 * approval preview, or the signed-in admin page, which loads it). From the first such request on, the app
 * cross-validates its FAQ in the background after every change (some seconds of CPU each, beside both lanes), so
 * {@link ContextOrder} runs these classes last among those that share their Spring test context: the FAQ changes of
 * the others come before anyone wants the report.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AsksForFaqHealth {
}
