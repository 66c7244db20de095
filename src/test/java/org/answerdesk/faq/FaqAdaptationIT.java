package org.answerdesk.faq;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.AnswerdeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot adapts MiniLM to its FAQ in the background and serves it: after a change, after a restart (from the
 * stored model, no training), and not at all when adapting fails (the shipped model keeps answering). A tiny
 * FAQ and training run (one batch) keep it fast; what it checks is the plumbing, not the accuracy (that is {@code eval
 * --adapt}'s job).
 */
class FaqAdaptationIT {

    private static final Duration LIMIT = Duration.ofMinutes(5); // training on a loaded 2-core machine

    @Test
    void theAdaptedModelServesAfterAChangeAndAfterARestartWithoutRetraining() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "adapt-");
        String afterChange;
        try (var app = start(dataDir)) {
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            String first = await(LIMIT, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"),
                    "adapted model");
            assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                    .isEqualTo("How do I reset my password?");

            FaqEntry added = app.getBean(FaqService.class).create(new FaqDraft("Do you offer engraving?",
                    "Yes: engraving is free on rings and watches.", "products", List.of(),
                    List.of("can you engrave my ring", "personalised engraving", "engrave a name on a watch")));
            afterChange = await(LIMIT, () -> retriever.embedder().modelName(),
                    n -> n.contains("-adapted-") && !n.equals(first), "model adapted to the changed FAQ");
            assertThat(retriever.retrieve("can you engrave a watch for me").best().orElseThrow().entryId())
                    .isEqualTo(added.id());
            assertThat(outcome(app, "trained")).isEqualTo(2);
            assertThat(Files.list(dataDir.resolve("adapted-models")).count()).isEqualTo(2);
        }
        try (var app = start(dataDir)) {
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            await(LIMIT, () -> retriever.embedder().modelName(), afterChange::equals,
                    "stored adapted model after restart");
            assertThat(outcome(app, "loaded")).isEqualTo(1);
            assertThat(outcome(app, "trained")).isZero();
            assertThat(retriever.retrieve("i lost my password").confident()).isTrue();
        }
    }

    @Test
    void aQuestionRejectedByFeedbackIsTrainedIntoTheNextAdaptation() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "adapt-negative-");
        try (var app = start(dataDir)) {
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            String before = await(LIMIT, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"),
                    "adapted model");
            var match = retriever.retrieve("i lost my password").best().orElseThrow();
            // as FeedbackLearning stores it: voted down, then answered differently by an agent
            Embedder shipped = app.getBean(Embedder.class);
            assertThat(app.getBean(FaqNegatives.class).add(match.entryId(), "i lost my password",
                    shipped.embed("i lost my password"), shipped.modelName(), 1)).isTrue();
            app.getBean(FaqVersion.class).bump();
            app.getBean(FaqService.class).refresh();
            // the FAQ's phrasings did not change: only the rejected question makes this a new training
            await(LIMIT, () -> retriever.embedder().modelName(),
                    n -> n.contains("-adapted-") && !n.equals(before), "model adapted with the rejected question");
            assertThat(outcome(app, "trained")).isEqualTo(2);
        }
    }

    @Test
    void aFailedAdaptationLeavesTheShippedModelAnswering() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "adapt-fail-");
        Files.writeString(dataDir.resolve("adapted-models"), "a file where the models' directory should be");
        try (var app = start(dataDir)) {
            await(LIMIT, () -> outcome(app, "failed"), n -> n >= 1, "a failed adaptation");
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            assertThat(retriever.embedder().modelName()).isEqualTo("all-minilm-l6-v2");
            assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                    .isEqualTo("How do I reset my password?");
        }
    }

    private static double outcome(ConfigurableApplicationContext app, String outcome) {
        var counter = app.getBean(MeterRegistry.class).find("answerdesk.faq.adaptations").tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--answerdesk.data-dir=" + dataDir, "--answerdesk.faq.adapt=true", "--answerdesk.faq.adapt-delay=0s",
                "--answerdesk.faq.adapt-max-pairs=32", "--answerdesk.faq.sample=classpath:faq/tiny-faq.csv");
    }
}
