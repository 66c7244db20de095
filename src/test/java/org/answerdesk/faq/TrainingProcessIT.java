package org.answerdesk.faq;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.AdaptedTinyFaq;
import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.RunsFirst;
import org.answerdesk.SharedDatabase;
import org.answerdesk.SideLane;
import org.answerdesk.TestDirs;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.TrainingCommand;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The adaptation trains in a process of its own, once for all instances on a database: a training process that
 * dies by a signal leaves the bot answering with the model it had (here the configured one, as after every FAQ
 * change until the adapted model is ready) and a counted failure, and a later attempt succeeds; stopping the bot during a training ends the process with it; of two instances on one database, one
 * trains each FAQ state and both serve the model it stored. A tiny FAQ and a few steps keep each training short.
 * Its first test trains the tiny FAQ's model anyway and keeps it for the JVM ({@link AdaptedTinyFaq}): run first, so
 * that the classes that start from that model (one of them a Spring context of the main lane) find it trained.
 */
@RunsFirst
@SideLane
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingProcessIT {

    private static final Duration LIMIT = Duration.ofMinutes(5); // training on a loaded 2-core machine
    private static final String CHANGED = "can you engrave a watch for me";
    /** Given to {@link #start}: the training's nice level left at the default. */
    private static final String DEFAULT_NICENESS = "default niceness";

    @Test
    @Order(1) // trains the tiny FAQ's model, which the test of two instances starts from
    void aTrainingProcessKilledByASignalLeavesTheModelServedAnsweringAndTheNextAttemptSucceeds() throws Exception {
        Path dataDir = TestDirs.create("adapt-crash-");
        Path testSwitch = Files.writeString(dataDir.resolve("test-switch"), "signal");
        String database = SharedDatabase.newDatabase();
        try (var app = start(dataDir, database, "--answerdesk.faq.adapt-test-switch=" + testSwitch)) {
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            String served = retriever.embedder().modelName();
            await(LIMIT, () -> failures(app, "signal"), n -> n >= 1, "a training process killed by a signal");
            assertThat(retriever.embedder().modelName()).isEqualTo(served);
            assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                    .isEqualTo("How do I reset my password?");
            assertThat(outcome(app, "failed")).isGreaterThanOrEqualTo(1);
            assertThat(outcome(app, "trained")).isZero();

            Files.delete(testSwitch);
            String trained = await(LIMIT, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"),
                    "the model trained at a later attempt");
            assertThat(outcome(app, "trained")).isEqualTo(1);
            AdaptedTinyFaq.keep(dataDir, trained, database); // the tests that start from the tiny FAQ's model need no training
            assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                    .isEqualTo("How do I reset my password?");
        }
        assertNoCrashReports(dataDir);
    }

    @Test
    void stoppingTheBotDuringATrainingEndsTheTrainingProcess() throws Exception {
        Path dataDir = TestDirs.create("adapt-stop-");
        Path testSwitch = Files.writeString(dataDir.resolve("test-switch"), "hang");
        ProcessHandle training;
        int own = niceness(ProcessHandle.current());
        try (var app = start(dataDir, SharedDatabase.newDatabase(), "--answerdesk.faq.adapt-test-switch=" + testSwitch,
                DEFAULT_NICENESS)) {
            training = await(LIMIT, () -> app.getBean(FaqAdaptation.class).training().orElse(null),
                    p -> p != null && p.isAlive(), "a training process");
            assertThat(training.parent().map(ProcessHandle::pid)).contains(ProcessHandle.current().pid());
            await(LIMIT, () -> output(dataDir), o -> o.contains(TrainingCommand.HANGING), "PyTorch loaded");
            // nice(1) adds to the caller's level: 10 over this JVM's own (a CI runner may itself run niced), at most 19
            assertThat(niceness(training)).as("the training's nice level by default, this JVM's being %d", own)
                    .isEqualTo(Math.min(19, own + 10));
        }
        assertThat(training.isAlive()).isFalse();
        assertThat(ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(dataDir.getFileName().toString())))
                .isEmpty();
        assertNoCrashReports(dataDir);
    }

    @Test
    void ofTwoInstancesOnOneDatabaseOneTrainsEachFaqStateAndBothServeTheModelItStored() throws Exception {
        String database = SharedDatabase.newDatabase();
        // A starts with the first FAQ's model in its data directory, as trained before models were shared (the
        // tiny FAQ's, trained once per test JVM): it stores it in the database for B, and what is trained is the
        // changed FAQ's model, which both instances race for
        Path aDir = TestDirs.create("adapt-a-");
        AdaptedTinyFaq.seed(aDir, database);
        // instance ids of their own: in one JVM both would be named by the same host and process id
        try (var a = start(aDir, database, "--answerdesk.instance-id=a")) {
            String first = await(LIMIT, () -> a.getBean(FaqRetriever.class).embedder().modelName(),
                    n -> n.contains("-adapted-"), "adapted model on instance A");
            assertThat(outcome(a, "loaded")).isEqualTo(1);
            await(LIMIT, () -> SharedDatabase.client(database).sql("select count(*) from adapted_model where ready")
                    .query(Long.class).single(), n -> n == 1, "A's model stored in the database");
            try (var b = start(TestDirs.create("adapt-b-"), database,
                    "--answerdesk.instance-id=b")) {
                await(LIMIT, () -> b.getBean(FaqRetriever.class).embedder().modelName(), first::equals,
                        "instance B serving the model A stored");
                assertThat(outcome(b, "trained")).isZero();
                assertThat(outcome(b, "loaded")).isEqualTo(1);

                long added = addEntry(a); // both instances see the change at once and race for the lease
                String changed = await(LIMIT, () -> a.getBean(FaqRetriever.class).embedder().modelName(),
                        n -> n.contains("-adapted-") && !n.equals(first), "instance A serving the changed FAQ's model");
                await(LIMIT, () -> b.getBean(FaqRetriever.class).embedder().modelName(), changed::equals,
                        "instance B serving the changed FAQ's model");
                assertThat(outcome(a, "trained") + outcome(b, "trained")).isEqualTo(1);
                assertThat(b.getBean(FaqRetriever.class).retrieve(CHANGED).best().orElseThrow().entryId())
                        .isEqualTo(added);
                var db = SharedDatabase.client(database);
                assertThat(db.sql("select fingerprint from adapted_model").query(String.class).list())
                        .containsExactly(changed.substring(changed.lastIndexOf('-') + 1)); // only the one in use

                // a model an instance has but the database lacks (trained before models were shared, or storing
                // it failed) is stored there at the next adaptation, without training
                db.sql("delete from adapted_model").update();
                b.getBean(FaqVersion.class).bump();
                b.getBean(FaqService.class).refresh();
                await(LIMIT, () -> db.sql("select count(*) from adapted_model where ready").query(Long.class).single(),
                        n -> n == 1, "the model stored in the database again");
                assertThat(outcome(a, "trained") + outcome(b, "trained")).isEqualTo(1);
            }
        }
    }

    private static long addEntry(ConfigurableApplicationContext app) {
        return app.getBean(FaqService.class).create(new FaqDraft("Do you offer engraving?",
                "Yes: engraving is free on rings and watches.", "products", List.of(),
                List.of("can you engrave my ring", "personalised engraving", "engrave a name on a watch"))).id();
    }

    private static void assertNoCrashReports(Path dataDir) throws java.io.IOException {
        for (Path dir : List.of(Path.of("").toAbsolutePath(), dataDir)) {
            try (var files = Files.walk(dir, dir.equals(dataDir) ? Integer.MAX_VALUE : 1)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err")
                        || n.startsWith("core"));
            }
        }
    }

    /** What the training processes wrote to their output files under the data directory. */
    private static String output(Path dataDir) {
        try (var files = Files.walk(dataDir.resolve("adapt-work"))) {
            StringBuilder out = new StringBuilder();
            for (Path f : files.filter(f -> f.getFileName().toString().equals("output.log")).toList()) {
                out.append(Files.readString(f));
            }
            return out.toString();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    private static double failures(ConfigurableApplicationContext app, String reason) {
        var counter = app.getBean(MeterRegistry.class).find("answerdesk.faq.adaptation.failures").tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static double outcome(ConfigurableApplicationContext app, String outcome) {
        var counter = app.getBean(MeterRegistry.class).find("answerdesk.faq.adaptations").tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    /** The nice level of a running process (Linux: the 19th field of /proc/PID/stat). */
    private static int niceness(ProcessHandle process) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }

    /**
     * Starts an instance; its training runs at the bot's priority unless {@code more} has {@link #DEFAULT_NICENESS}:
     * a niced training waits for CPU behind the test lanes (ten times slower in a full run), which tells nothing.
     */
    private static ConfigurableApplicationContext start(Path dataDir, String database, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--answerdesk.data-dir=" + dataDir,
                "--spring.datasource.url=" + database, "--answerdesk.faq.adapt-retry=1s",
                "--answerdesk.faq.sync-interval=1s"));
        args.addAll(AdaptedTinyFaq.arguments()); // the tiny FAQ, few pairs, at once, at the bot's priority
        if (List.of(more).contains(DEFAULT_NICENESS)) {
            args.remove("--answerdesk.faq.adapt-niceness=0");
        }
        args.addAll(List.of(more).stream().filter(a -> !a.equals(DEFAULT_NICENESS)).toList());
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run(args.toArray(String[]::new));
    }
}
