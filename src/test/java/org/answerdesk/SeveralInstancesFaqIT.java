package org.answerdesk;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.answerdesk.faq.FaqMatch;
import org.answerdesk.faq.FaqRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two instances on one PostgreSQL server, started together: the sample FAQ is loaded once, and an FAQ change made
 * through one instance is answered by the other within two seconds (LISTEN/NOTIFY), a deletion too.
 */
class SeveralInstancesFaqIT {

    private static ConfigurableApplicationContext start(EmbeddedPostgres server) throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "instance-");
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--answerdesk.data-dir=" + dataDir, "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--logging.level.org.answerdesk=WARN");
    }

    @Test
    void aChangeOnOneInstanceIsAnsweredByTheOtherWithinTwoSeconds() throws Exception {
        Path serverDir = Files.createTempDirectory(Path.of("target"), "shared-pg-");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(serverDir).start()) {
            var startingA = CompletableFuture.supplyAsync(() -> startQuietly(server));
            var startingB = CompletableFuture.supplyAsync(() -> startQuietly(server));
            try (var a = startingA.get(); var b = startingB.get()) {
                var db = JdbcClient.create(new SingleConnectionDataSource(server.getJdbcUrl("postgres", "postgres"),
                        "postgres", "", true));
                assertThat(db.sql("select count(*) from faq_entry").query(Long.class).single()).isEqualTo(40);

                var adminA = new HttpApi(((WebServerApplicationContext) a).getWebServer().getPort());
                FaqRetriever retrieverB = b.getBean(FaqRetriever.class);
                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    String question = "Can I pay for my order in instalments with plan number " + (i + 7) + "?";
                    long start = System.nanoTime();
                    long id = adminA.post("/api/faq", json("question", question, "answer", "Plan " + i + " works."),
                            HttpApi.ADMIN)
                            .json().get("id").asLong();
                    Await.await(() -> best(retrieverB, question), m -> m.isPresent() && m.get().entryId() == id,
                            "instance B answering the new entry " + id);
                    millis.add((System.nanoTime() - start) / 1_000_000);

                    assertThat(adminA.delete("/api/faq/" + id, HttpApi.ADMIN).status()).isEqualTo(204);
                    Await.await(() -> best(retrieverB, question), m -> m.isEmpty() || m.get().entryId() != id,
                            "instance B forgetting the deleted entry " + id);
                }
                System.out.println("FAQ change seen by the other instance after (ms): " + millis);
                assertThat(millis).allSatisfy(ms -> assertThat(ms).isLessThan(2000));
            }
        }
    }

    private static Optional<FaqMatch> best(FaqRetriever retriever, String question) {
        return retriever.retrieve(question).best();
    }

    private static ConfigurableApplicationContext startQuietly(EmbeddedPostgres server) {
        try {
            return start(server);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
