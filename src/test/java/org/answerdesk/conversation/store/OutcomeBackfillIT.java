package org.answerdesk.conversation.store;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.answerdesk.ConversationOutcome;
import org.answerdesk.HttpApi;
import org.answerdesk.analytics.AnalyticsService;
import org.answerdesk.analytics.Report;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Messages decided before their outcome was recorded (V81) get, by the backfill, the outcomes the app records: a
 * report over their period has the same figures after the backfill as with the outcomes recorded live, and classifies
 * each conversation as the report did before V81, from the replies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutcomeBackfillIT {

    /** How the report classified a conversation before V81 (ConversationOutcome.SQL then), from the replies alone. */
    private static final String BEFORE_V81 = """
            case
              when exists (select 1 from message m where m.conversation_id = c.id and m.source = 'AGENT') then 'PERSON'
              when exists (select 1 from handoff h where h.conversation_id = c.id) then 'UNANSWERED'
              when exists (select 1 from message m where m.conversation_id = c.id and m.source = 'LLM') then 'LLM'
              when exists (select 1 from message m where m.conversation_id = c.id and m.source = 'KNOWLEDGE')
                then 'KNOWLEDGE'
              when exists (select 1 from message m where m.conversation_id = c.id and m.source = 'FAQ') then 'FAQ'
              when not exists (select 1 from message m where m.conversation_id = c.id and m.direction = 'IN'
                               and m.act is null and m.intent in ('QUESTION', 'CHOICE')) then 'SMALL_TALK'
              else 'UNANSWERED' end""";

    @LocalServerPort
    int port;
    @Autowired
    AnalyticsService analytics;
    @Autowired
    OutcomeBackfill backfill;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theBackfillGivesOldMessagesTheOutcomesTheReportCountedThem() {
        HttpApi api = new HttpApi(port);
        Instant from = Instant.now();
        String run = UUID.randomUUID().toString().substring(0, 8);
        // answered and confirmed by thanks; answered with no word after; small talk only; handed over; a person's
        chat(api, "bf-thanks-" + run, "How do I reset my password?");
        chat(api, "bf-thanks-" + run, "thanks");
        chat(api, "bf-quiet-" + run, "How do I reset my password?");
        chat(api, "bf-hello-" + run, "hello");
        handedOver(api, "bf-none-" + run, "Do you sell tickets for the opera in Vienna?");
        JsonNode person = handedOver(api, "bf-person-" + run, "Do you restore antique gramophones for collectors?");
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == person.get("conversation_id").asLong()) {
                api.post("/api/tickets/" + t.get("id").asLong() + "/reply", json("text", "No, sorry.", "agent", "Bo"),
                        HttpApi.ADMIN);
            }
        }
        Instant to = Instant.now().plus(1, ChronoUnit.MINUTES);

        Report live = analytics.report(from, to, "WEB");
        Map<Long, String> recorded = outcomes(from);
        assertThat(recorded).as("every message decided records its outcome").doesNotContainValue(null);
        assertThat(recorded.values()).contains("ANSWERED", "CONFIRMED", "HANDED_OVER", "REPLIED");
        Map<Long, String> before = classified(BEFORE_V81, from);

        // the same rows as the version before V81 wrote them: no outcome
        assertThat(jdbc.sql("update message set outcome = null where direction = 'IN' and created_at >= :from")
                .param("from", java.sql.Timestamp.from(from)).update()).isEqualTo(recorded.size());
        long first = recorded.keySet().iterator().next();
        var pass = backfill.from(first - 1);

        assertThat(pass.recorded()).isEqualTo(recorded.size());
        assertThat(outcomes(from)).isEqualTo(recorded);
        assertThat(analytics.report(from, to, "WEB")).usingRecursiveComparison().isEqualTo(live);
        assertThat(classified(ConversationOutcome.SQL, from)).isEqualTo(before)
                .containsValues("FAQ", "SMALL_TALK", "UNANSWERED", "PERSON");
        assertThat(live.selfService().confirmed()).isEqualTo(1);
        assertThat(live.selfService().resolved()).isEqualTo(2);
    }

    @Test
    void theOutcomeCheckIsValidatedSoAnUnknownOutcomeIsRefused() {
        Boolean validated = jdbc.sql("select convalidated from pg_constraint where conname = 'message_outcome_check'")
                .query(Boolean.class).single();
        assertThat(validated).isTrue();
        Long any = jdbc.sql("select min(id) from message").query(Long.class).optional().orElse(null);
        if (any == null) {
            chat(new HttpApi(port), "bf-check-" + UUID.randomUUID().toString().substring(0, 8), "Hello");
            any = jdbc.sql("select min(id) from message").query(Long.class).single();
        }
        long id = any;
        assertThat(catchThrowable(() -> jdbc
                .sql("update message set outcome = 'SOMETHING_ELSE' where id = :id").param("id", id).update()))
                .hasMessageContaining("message_outcome_check");
    }

    private Map<Long, String> outcomes(Instant from) {
        Map<Long, String> outcomes = new TreeMap<>();
        jdbc.sql("select id, outcome from message where direction = 'IN' and created_at >= :from")
                .param("from", java.sql.Timestamp.from(from))
                .query((rs, n) -> outcomes.put(rs.getLong(1), rs.getString(2))).list();
        return outcomes;
    }

    private Map<Long, String> classified(String classification, Instant from) {
        Map<Long, String> outcomes = new TreeMap<>();
        jdbc.sql("select c.id, " + classification + " from conversation c where c.created_at >= :from")
                .param("from", java.sql.Timestamp.from(from))
                .query((rs, n) -> outcomes.put(rs.getLong(1), rs.getString(2))).list();
        return outcomes;
    }

    private static JsonNode chat(HttpApi api, String session, String text) {
        var response = api.post("/api/chat", json("session_id", session, "message", text));
        assertThat(response.status()).as(text).isEqualTo(200);
        return response.json();
    }

    /**
     * A question no entry answers: handed over, after declining the choices if the bot offered some, or taking the
     * offer of a person it made instead.
     */
    private static JsonNode handedOver(HttpApi api, String session, String question) {
        JsonNode reply = chat(api, session, question);
        if (!reply.get("choices").isEmpty()) {
            reply = api.post("/api/chat", json("session_id", session, "choice", reply.get("something_else").asString()))
                    .json();
        } else if (!reply.get("needs_human").asBoolean()) {
            reply = chat(api, session, "yes");
        }
        assertThat(reply.get("needs_human").asBoolean()).as(question + " got " + reply).isTrue();
        return reply;
    }
}
