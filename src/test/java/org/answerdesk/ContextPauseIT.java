package org.answerdesk;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test framework stops a cached context while other test classes run and starts it again when one needs it: a
 * lifecycle bean that shut its worker for good in {@code stop()} failed the next {@code start()}, and ten test
 * classes with it. Every lifecycle bean must survive a stop and a start, and do its work after it.
 */
// In the side lane: no other class has its settings, its context polls none of the shared fakes, and what it stops
// and starts is that context alone.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "answerdesk.faq.sample=classpath:faq/tiny-faq.csv")
@SideLane
class ContextPauseIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    FaqRetriever retriever;

    @Test
    void everyLifecycleBeanRunsAgainAfterAStopAndDoesItsWork() {
        Map<String, Boolean> before = running();
        assertThat(before).containsEntry("faqStartup", true);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        int stored = retriever.index().phrasingCount();

        // twice: the second stop and start must find what the first start made as usable as the first one did
        for (int round = 1; round <= 2; round++) {
            String phrasing = "a phrasing added without a vector before pause " + round;
            long entry = jdbc.sql("select min(id) from faq_entry").query(Long.class).single();
            jdbc.sql("insert into faq_phrasing (entry_id, text) values (:e, :t)")
                    .param("e", entry).param("t", phrasing).update();

            context.stop();
            context.start();

            assertThat(running()).as("lifecycle beans running after start %d", round).isEqualTo(before);
            // the start found a phrasing without a vector: its background worker embeds it and rebuilds the index
            int expected = stored + round;
            await(() -> jdbc.sql("select count(*) from faq_phrasing where embedding is null").query(Long.class)
                    .single(), n -> n == 0, "the phrasing embedded after start " + round);
            await(() -> retriever.index().phrasingCount(), n -> n == expected, "the index rebuilt with it");
        }
        HttpApi api = new HttpApi(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    private Map<String, Boolean> running() {
        Map<String, Boolean> running = new TreeMap<>();
        context.getBeansOfType(Lifecycle.class, false, false).forEach((name, bean) -> {
            if (!(bean instanceof ConfigurableApplicationContext)) {
                running.put(name, bean.isRunning());
            }
        });
        return running;
    }
}
