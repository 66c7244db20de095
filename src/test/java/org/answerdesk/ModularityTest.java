package org.answerdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the package rules true: every capability is a module that uses only the public types of the others and
 * none depends on another in a cycle (Spring Modulith); the pipeline knows nothing of any platform; adapters are
 * independent of each other; the retrieval engine runs without Spring, and the offline command without the FAQ
 * catalogue.
 */
class ModularityTest {

    private static final JavaClasses CLASSES = importOurClasses();

    /**
     * The rules below read our classes and the names of what they use, never a library class's own dependencies, so
     * those are not resolved from the class path: that halved the import's CPU. Only this import is told so; the
     * module model ({@code ApplicationModules}) imports with ArchUnit's defaults.
     */
    private static JavaClasses importOurClasses() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.answerdesk");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    /**
     * The rules match by names; unresolved, a library is still seen where our classes use it: the opposite of each
     * rule (an adapter, or the FAQ catalogue, does not use its library) fails.
     */
    @Test
    void theRulesStillSeeTheLibrariesOurClassesUse() {
        Map<String, String> users = Map.of("org.answerdesk.channel.slack..", "com.slack..",
                "org.answerdesk.channel.telegram..", "org.telegram..", "org.answerdesk.channel.email..", "jakarta.mail..",
                "org.answerdesk.faq..", "org.springframework..");
        users.forEach((user, library) -> assertThat(noClasses().that().resideInAPackage(user).should()
                .dependOnClassesThat().resideInAnyPackage(library).evaluate(CLASSES).hasViolation())
                .as(user + " uses " + library).isTrue());
    }

    @Test
    void modulesUseOnlyEachOthersPublicTypesAndFormNoCycles() {
        ApplicationModules.of(AnswerdeskApplication.class).verify();
    }

    @Test
    void nothingAboutAPlatformLeaksOutOfItsAdapter() {
        noClasses().that().resideOutsideOfPackage("org.answerdesk.channel.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.answerdesk.channel.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("org.telegram..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.answerdesk.channel.email..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
                .check(CLASSES);
    }

    @Test
    void theCoreDoesNotKnowTheChannels() {
        noClasses().that().resideInAnyPackage("org.answerdesk.conversation..", "org.answerdesk.faq..",
                        "org.answerdesk.llm..", "org.answerdesk.feedback..", "org.answerdesk.handoff..")
                .should().dependOnClassesThat().resideInAnyPackage("org.answerdesk.channel..")
                .check(CLASSES);
    }

    @Test
    void theRetrievalEngineRunsWithoutSpring() {
        // a package's @NamedInterface is only the module checker's marker, read from the class file
        noClasses().that().resideInAPackage("org.answerdesk.retrieval..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void theDialoguePolicyIsAPureFunction() {
        // no framework, database or HTTP: the decision is tested on scripted conversations in milliseconds
        noClasses().that().resideInAPackage("org.answerdesk.dialogue..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "java.net.http..", "jakarta.servlet..", "org.answerdesk.conversation..",
                        "org.answerdesk.faq..", "org.answerdesk.knowledge..")
                .check(CLASSES);
    }

    @Test
    void theOfflineCommandNeedsOnlyTheRetrievalEngine() {
        noClasses().that().resideInAPackage("org.answerdesk.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("org.answerdesk.faq..")
                .check(CLASSES);
    }

    @Test
    void adaptersAreIndependentOfEachOther() {
        // org.answerdesk.channel itself (delivery, retries, poller leases, health) is shared; its sub-packages are not
        slices().matching("org.answerdesk.channel.(*)..").should().notDependOnEachOther().check(CLASSES);
    }

    /**
     * An after-commit listener runs while its thread still holds the finished transaction's connection, and the
     * publication registry and any write take another: run on the committing thread, a burst of them on a full pool
     * waits for the pool's time-out (found in the field, HandoffBurstIT). Write in the transaction instead (a plain
     * event listener), or, where that cannot be, off the committing thread.
     */
    @Test
    void afterCommitListenersRunOffTheCommittingThread() {
        methods().that().areAnnotatedWith(TransactionalEventListener.class).should().beAnnotatedWith(Async.class)
                .allowEmptyShould(true).check(CLASSES);
    }
}
