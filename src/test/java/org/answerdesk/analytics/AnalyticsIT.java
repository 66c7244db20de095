package org.answerdesk.analytics;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Analytics over real conversations: outcomes counted once each, feedback per source, rates, metrics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyticsIT {


    @LocalServerPort
    int port;

    private int offers;

    @Test
    void outcomesAddUpAndFeedbackAndHandoffsAreCounted() throws Exception {
        HttpApi api = new HttpApi(port);
        Instant start = Instant.now(); // earlier tests in this context wrote just before: leave them out
        String run = UUID.randomUUID().toString().substring(0, 6);

        JsonNode faq = api.post("/api/chat", json("session_id", "an-faq-" + run, "message", "How do I reset my password?")).json();
        api.post("/api/feedback", json("session_id", "an-faq-" + run, "message_id", faq.get("message_id").asLong(),
                "vote", "up"));
        handedOver(api, "an-none-" + run, "Do you sell tickets for the opera in Vienna?");
        // a real need, in more than the five words a bare act may be said in (a fresh bot reads "Do you restore antique
        // gramophones?" as chit-chat: FreeFormActs.SHORT_WORDS)
        JsonNode person = handedOver(api, "an-person-" + run, "Do you restore antique gramophones for collectors?");
        long ticket = 0;
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == person.get("conversation_id").asLong()) {
                ticket = t.get("id").asLong();
            }
        }
        api.post("/api/tickets/" + ticket + "/reply", json("text", "No, sorry: try a local restorer.", "agent", "Bo"), HttpApi.ADMIN);

        String window = "?from=" + start + "&to=" + Instant.now().plus(1, ChronoUnit.MINUTES) + "&channel=web";
        JsonNode report = api.get("/api/analytics" + window, HttpApi.ADMIN).json();

        assertThat(report.get("conversations").asLong()).isEqualTo(3);
        // only the FAQ's conversation was resolved by the bot: one was handed off, a person answered the other
        JsonNode selfService = report.get("self_service");
        assertThat(selfService.get("asked").asLong()).isEqualTo(3);
        assertThat(selfService.get("resolved").asLong()).isEqualTo(1);
        assertThat(selfService.get("after_pick").asLong()).isZero();
        assertThat(selfService.get("rate").asDouble()).isEqualTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        JsonNode outcomes = report.get("outcomes");
        assertThat(outcomes.get("FAQ").asLong()).isEqualTo(1);
        assertThat(outcomes.get("UNANSWERED").asLong()).isEqualTo(1);
        assertThat(outcomes.get("PERSON").asLong()).isEqualTo(1);
        assertThat(outcomes.get("LLM").asLong()).isEqualTo(0);
        double shares = 0;
        for (JsonNode s : report.get("outcome_shares")) {
            shares += s.asDouble();
        }
        assertThat(shares).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.get("feedback").get("FAQ").get("up").asLong()).isEqualTo(1);
        assertThat(report.get("feedback").get("FAQ").get("up_ratio").asDouble()).isEqualTo(1.0);
        assertThat(report.get("handoff_rate").asDouble()).isEqualTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        // bot replies: the FAQ answer, two handoffs and any offer of choices; all but the FAQ answer are fallbacks
        assertThat(report.get("fallback_rate").asDouble())
                .isEqualTo((2.0 + offers) / (3 + offers), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.get("latency_ms").get("FAQ").get("replies").asLong()).isEqualTo(1);
        assertThat(report.get("conversations_per_day").get(0).get("count").asLong()).isEqualTo(3);

        JsonNode groups = api.get("/api/analytics/unanswered" + window, HttpApi.ADMIN).json();
        assertThat(groups.toString()).contains("opera in Vienna").contains("antique gramophones");
        assertThat(groups.get(0).get("draft").get("question").asString()).isNotBlank();

        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
        String metrics = api.get("/actuator/prometheus", HttpApi.ADMIN).body();
        assertThat(metrics).contains("answerdesk_replies_total").contains("answerdesk_feedback_total");

        assertThat(api.get("/api/analytics").status()).isEqualTo(401);
        assertThat(api.get("/api/analytics?from=yesterday", HttpApi.ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/analytics?channel=fax", HttpApi.ADMIN).status()).isEqualTo(400);
    }

    /**
     * Asks a question no entry answers: the customer is handed over, after declining the choices if the bot offered
     * some or taking its offer of a person (counted in {@link #offers}: an offer is one more bot reply, and a
     * fallback).
     */
    private JsonNode handedOver(HttpApi api, String session, String question) {
        JsonNode reply = api.post("/api/chat", json("session_id", session, "message", question)).json();
        if (!reply.get("choices").isEmpty()) {
            offers++;
            reply = api.post("/api/chat", json("session_id", session, "choice", reply.get("something_else").asString()))
                    .json();
        } else if (!reply.get("needs_human").asBoolean()) {
            offers++; // the offer of a person, which the "yes" takes
            reply = api.post("/api/chat", json("session_id", session, "message", "yes")).json();
        }
        assertThat(reply.get("needs_human").asBoolean()).as(question + " got " + reply).isTrue();
        return reply;
    }
}
