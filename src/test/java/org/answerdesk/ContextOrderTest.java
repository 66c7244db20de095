package org.answerdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The order of the IT classes: those that share a Spring test context run one after another. */
class ContextOrderTest {

    @Test
    void classesThatShareAContextRunOneAfterAnotherInTheirOwnOrder() {
        List<ClassDescriptor> classes = descriptors(Plain.class, NoContext.class, OwnProperties.class,
                PlainToo.class, OtherProperties.class, PlainAgain.class);

        new ContextOrder().orderClasses(context(classes));

        assertThat(classes).extracting(ClassDescriptor::getTestClass).containsExactly(Plain.class, PlainToo.class,
                PlainAgain.class, NoContext.class, OwnProperties.class, OtherProperties.class);
    }

    @Test
    void theClassesThatAskForTheFaqsHealthComeLastInTheirGroup() {
        List<ClassDescriptor> classes = descriptors(AsksForHealth.class, OwnProperties.class, Plain.class,
                PlainToo.class);

        new ContextOrder().orderClasses(context(classes));

        assertThat(classes).extracting(ClassDescriptor::getTestClass).containsExactly(Plain.class, PlainToo.class,
                AsksForHealth.class, OwnProperties.class);
    }

    @Test
    void aClassWhoseWorkOthersReuseComesFirstWhereverItWasFound() {
        List<ClassDescriptor> classes = descriptors(Plain.class, NoContext.class, PlainToo.class, MakesAModel.class,
                OwnProperties.class);

        new ContextOrder().orderClasses(context(classes));

        assertThat(classes).extracting(ClassDescriptor::getTestClass).containsExactly(MakesAModel.class, Plain.class,
                PlainToo.class, NoContext.class, OwnProperties.class);
    }

    @Test
    void aClassThatHoldsTwoLanesComesLastWhereverItWasFound() {
        List<ClassDescriptor> classes = descriptors(HoldsTwoLanes.class, Plain.class, MakesAModel.class,
                NoContext.class, PlainToo.class);

        new ContextOrder().orderClasses(context(classes));

        assertThat(classes).extracting(ClassDescriptor::getTestClass).containsExactly(MakesAModel.class, Plain.class,
                PlainToo.class, NoContext.class, HoldsTwoLanes.class);
    }

    @Test
    void theKeyIsTheContextCachesOwn() {
        assertThat(ContextOrder.contextKey(Plain.class)).isEqualTo(ContextOrder.contextKey(PlainToo.class))
                .isNotEqualTo(ContextOrder.contextKey(OwnProperties.class));
        assertThat(ContextOrder.contextKey(NoContext.class)).isEqualTo(NoContext.class);
    }

    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    static class Plain {
    }

    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    static class PlainToo {
    }

    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    static class PlainAgain {
    }

    @AsksForFaqHealth
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    static class AsksForHealth {
    }

    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "answerdesk.languages=de")
    static class OwnProperties {
    }

    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "answerdesk.languages=fr")
    static class OtherProperties {
    }

    static class NoContext {
    }

    @RunsFirst
    static class MakesAModel {
    }

    @RunsLast
    static class HoldsTwoLanes {
    }

    private static List<ClassDescriptor> descriptors(Class<?>... testClasses) {
        List<ClassDescriptor> list = new ArrayList<>();
        for (Class<?> testClass : testClasses) {
            list.add(new ClassDescriptor() {
                @Override
                public Class<?> getTestClass() {
                    return testClass;
                }

                @Override
                public String getDisplayName() {
                    return testClass.getSimpleName();
                }

                @Override
                public boolean isAnnotated(Class<? extends Annotation> type) {
                    return testClass.isAnnotationPresent(type);
                }

                @Override
                public <A extends Annotation> Optional<A> findAnnotation(Class<A> type) {
                    return Optional.ofNullable(testClass.getAnnotation(type));
                }

                @Override
                public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> type) {
                    return List.of(testClass.getAnnotationsByType(type));
                }
            });
        }
        return list;
    }

    private static ClassOrdererContext context(List<ClassDescriptor> classes) {
        return new ClassOrdererContext() {
            @Override
            public List<? extends ClassDescriptor> getClassDescriptors() {
                return classes;
            }

            @Override
            public Optional<String> getConfigurationParameter(String key) {
                return Optional.empty();
            }
        };
    }
}
