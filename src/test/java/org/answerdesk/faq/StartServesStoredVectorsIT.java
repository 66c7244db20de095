package org.answerdesk.faq;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.SharedDatabase;
import org.answerdesk.TestDirs;
import org.answerdesk.WaitLane;
import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Phrasings stored without a vector (a 100,000-row import killed before imports were one unit) held the next start
 * for 327 s, with neither web server nor channels: the start serves the index of the stored vectors, and embeds the
 * rest in the background. In the wait lane: its apps are its own (data directory, database, no channel but the web),
 * and most of its time is the wait for the embedding.
 */
@WaitLane
class StartServesStoredVectorsIT {

    /** Some 10 s to embed on the 2-core machine (3,000 took 19 s in a full run): the start is long over by then. */
    private static final int WITHOUT_VECTOR = 1_500;
    private static final Duration LIMIT = Duration.ofMinutes(5); // embedding them on a loaded 2-core machine

    @Test
    void theStartAnswersFromTheStoredVectorsWhileTheMissingOnesAreEmbedded() throws Exception {
        Path dataDir = TestDirs.create("start-stored-");
        // on the tests' shared PostgreSQL: the app's own embedded server is other tests' subject
        String database = SharedDatabase.newDatabase();
        int stored;
        try (var app = start(dataDir, database)) {
            stored = app.getBean(FaqRetriever.class).index().phrasingCount();
            long entry = app.getBean(FaqService.class).list().get(0).id();
            jdbc(app).sql("""
                    insert into faq_phrasing (entry_id, text)
                    select :e, 'phrasing ' || g || ' left without a vector' from generate_series(1, :n) g""")
                    .param("e", entry).param("n", WITHOUT_VECTOR).update();
        }
        try (var app = start(dataDir, database)) {
            // started (the web server answers) with the stored index, the others still to embed
            assertThat(vectorless(app)).isPositive();
            FaqRetriever retriever = app.getBean(FaqRetriever.class);
            assertThat(retriever.index().phrasingCount()).isEqualTo(stored);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            assertThat(new HttpApi(port).get("/actuator/health").status()).isEqualTo(200);
            assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                    .isEqualTo("How do I reset my password?");

            await(LIMIT, () -> vectorless(app), n -> n == 0, "every phrasing embedded");
            await(LIMIT, () -> retriever.index().phrasingCount(), n -> n == stored + WITHOUT_VECTOR,
                    "the index rebuilt with them");
            assertThat(retriever.retrieve("i lost my password").best().orElseThrow().question())
                    .isEqualTo("How do I reset my password?");
        }
    }

    private static long vectorless(ConfigurableApplicationContext app) {
        return jdbc(app).sql("select count(*) from faq_phrasing where embedding is null").query(Long.class).single();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext app) {
        return JdbcClient.create(app.getBean(DataSource.class));
    }

    private static ConfigurableApplicationContext start(Path dataDir, String database) {
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--answerdesk.data-dir=" + dataDir, "--spring.datasource.url=" + database,
                "--answerdesk.faq.adapt=false",
                "--answerdesk.faq.sample=classpath:faq/tiny-faq.csv");
    }
}
