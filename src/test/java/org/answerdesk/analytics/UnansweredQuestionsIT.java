package org.answerdesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The unanswered questions of 1,000 tickets, as the admin page asks for them on every opening: each question is
 * embedded once (a second call, and calls at the same moment, embed nothing more), and questions asked since the last
 * call are embedded and grouped too, so the groups stay right.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnansweredQuestionsIT {

    static final int TICKETS = 1000;
    static final String[] TOPICS = {
        "Can I pay for my order with goats", "Do you sell tickets for the opera in Vienna",
        "Can you engrave a brass compass", "Do you appraise antique pocket watches",
        "Can I rent a kayak from your shop", "Do you deliver to the International Space Station"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnansweredQuestions unanswered;

    @Test
    void aThousandTicketsAreEmbeddedOnceAndNewQuestionsJoinTheirGroups() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < TICKETS; i++) {
            ticket(run, TOPICS[i % TOPICS.length] + " (request " + i + ")?");
        }
        HttpApi api = new HttpApi(port);
        String path = "/api/analytics/unanswered?channel=web&limit=100&from=" + start + "&to=";

        long before = unanswered.embedded();
        long t0 = System.nanoTime();
        JsonNode first = api.get(path + Instant.now().plus(1, ChronoUnit.MINUTES), HttpApi.ADMIN).json();
        long cold = millis(t0);
        assertThat(unanswered.embedded() - before).as("the latest 500 questions, embedded once").isEqualTo(500);
        assertThat(sizes(first).stream().mapToInt(Integer::intValue).sum()).isEqualTo(500);
        assertThat(first.get(0).get("examples").toString()).containsAnyOf(TOPICS);

        t0 = System.nanoTime();
        JsonNode second = api.get(path + Instant.now().plus(1, ChronoUnit.MINUTES), HttpApi.ADMIN).json();
        long warm = millis(t0);
        assertThat(unanswered.embedded() - before).as("a second opening embeds nothing").isEqualTo(500);
        assertThat(second).isEqualTo(first);

        // ten new tickets on a new topic: only they are embedded, and they make a group of their own
        for (int i = 0; i < 10; i++) {
            ticket(run, "Do you offer gift wrapping with real gold leaf " + i + "?");
        }
        String to = Instant.now().plus(1, ChronoUnit.MINUTES).toString();
        t0 = System.nanoTime();
        List<CompletableFuture<JsonNode>> together = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            together.add(CompletableFuture.supplyAsync(() -> api.get(path + to, HttpApi.ADMIN).json()));
        }
        List<JsonNode> three = together.stream().map(CompletableFuture::join).toList();
        long concurrent = millis(t0);
        assertThat(unanswered.embedded() - before).as("three calls at once embed the new questions once")
                .isEqualTo(510);
        assertThat(three).allSatisfy(groups -> {
            assertThat(groups.toString()).contains("gold leaf");
            assertThat(groups).anySatisfy(g -> {
                assertThat(g.get("examples").get(0).asString()).contains("gold leaf");
                assertThat(g.get("size").asInt()).isEqualTo(10);
            });
        });
        System.out.printf("UnansweredQuestionsIT: %d tickets: first call %d ms, second %d ms, three at once after 10"
                + " new tickets %d ms%n", TICKETS, cold, warm, concurrent);
        // leave no open work for the other test classes of this context
        jdbc.sql("update handoff set resolved_at = now() where resolved_at is null and reason = :r")
                .param("r", "fixture " + run).update();
    }

    @Test
    void whatTheOwnerIsAskedToAddHoldsQuestionsOnlyNoActsPressesOrMashes() {
        Instant start = Instant.now().minusSeconds(1);
        HttpApi api = new HttpApi(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String question = "Do you restore antique pocket watches from 1910 " + run + "?";
        for (String[] conversation : new String[][] {{"asdfgh"}, {"talk to a person"}, {"🤔"},
            {question, "Something else", "yes", "bye"}}) {
            String session = "learn-" + UUID.randomUUID();
            for (String message : conversation) {
                assertThat(api.post("/api/chat", HttpApi.json("session_id", session, "message", message)).status())
                        .isIn(200, 202);
            }
        }
        JsonNode groups = api.get("/api/analytics/unanswered?channel=web&limit=100&from=" + start + "&to="
                + Instant.now().plus(1, ChronoUnit.MINUTES), HttpApi.ADMIN).json();
        assertThat(groups.toString()).contains(run).doesNotContain("asdfgh", "talk to a person", "Something else",
                "🤔", "\"bye\"", "\"yes\"");
        jdbc.sql("update handoff set resolved_at = now() where resolved_at is null and conversation_id in "
                + "(select id from conversation where external_key like 'learn-%')").update();
    }

    /** A web conversation whose question was handed to a person (the bot's SYSTEM reply), as the pipeline stores it. */
    private void ticket(String run, String question) {
        long conversation = jdbc.sql("""
                insert into conversation (channel, external_key, status, closed_at)
                values ('WEB', :k, 'CLOSED', now()) returning id
                """).param("k", "unanswered-" + run + "-" + UUID.randomUUID()).query(Long.class).single();
        long in = jdbc.sql("""
                insert into message (conversation_id, channel, direction, text, handled_at, intent)
                values (:c, 'WEB', 'IN', :t, now(), 'QUESTION') returning id
                """).param("c", conversation).param("t", question).query(Long.class).single();
        jdbc.sql("""
                insert into message (conversation_id, channel, direction, text, reply_to_id, source, delivery_status)
                values (:c, 'WEB', 'OUT', 'A person will answer you soon.', :q, 'SYSTEM', 'SENT')
                """).param("c", conversation).param("q", in).update();
        jdbc.sql("insert into handoff (conversation_id, reason, resolved_at) values (:c, :r, now())")
                .param("c", conversation).param("r", "fixture " + run).update();
    }

    private static List<Integer> sizes(JsonNode groups) {
        List<Integer> sizes = new ArrayList<>();
        groups.forEach(g -> sizes.add(g.get("size").asInt()));
        return sizes;
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
