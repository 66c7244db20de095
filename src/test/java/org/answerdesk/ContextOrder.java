package org.answerdesk;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Runs the integration test classes that share a Spring test context one after another (failsafe's
 * {@code junit.jupiter.testclass.order.default}, pom.xml). The context cache keeps only a few contexts
 * ({@code spring.test.context.cache.maxSize}, src/test/resources/spring.properties), so a configuration whose classes
 * were spread over the run was started again after it had been closed to make room: each start is an app (MiniLM,
 * Flyway, the sample FAQ's index). Grouped, each configuration starts once.
 *
 * <p>The groups keep the order in which their first class came, and the classes in a group their own order, but for
 * those that ask for the FAQ's health ({@link AsksForFaqHealth}), which come last in their group. Classes marked
 * {@link RunsFirst} come before all others, so that their lane starts with them, and those marked
 * {@link RunsLast} after all others. The key
 * is the context cache's own: the {@code MergedContextConfiguration} Spring builds for the class. Classes without
 * {@code @SpringBootTest} (those that start their apps themselves) are each a group of their own.
 */
public final class ContextOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        Map<Object, Integer> groups = new HashMap<>();
        Map<ClassDescriptor, Integer> rank = new IdentityHashMap<>();
        for (ClassDescriptor descriptor : context.getClassDescriptors()) {
            Object key = contextKey(descriptor.getTestClass());
            rank.put(descriptor, groups.computeIfAbsent(key, k -> groups.size()));
        }
        // stable: a group keeps its order, the classes that ask for the FAQ's health after the others
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor d) -> !d.isAnnotated(RunsFirst.class))
                .thenComparing(d -> d.isAnnotated(RunsLast.class))
                .thenComparingInt(d -> rank.get(d))
                .thenComparing(d -> d.isAnnotated(AsksForFaqHealth.class)));
    }

    /** The class's context cache key, or the class itself when it has no Spring Boot test context. */
    static Object contextKey(Class<?> testClass) {
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, SpringBootTest.class)) {
            return testClass;
        }
        try {
            return BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
        } catch (RuntimeException e) {
            return testClass; // Spring reports the broken configuration when the class runs
        }
    }
}
