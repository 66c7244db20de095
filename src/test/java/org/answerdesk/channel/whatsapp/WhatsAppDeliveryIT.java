package org.answerdesk.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.Await;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * Replies against Graph API failures and the 24-hour window, with no template configured: a rate limit and an
 * outage of Meta's are retried until the reply goes out; a permanent refusal is tried once and counted; a reply
 * after the window is not sent and the desk is told why, before sending or when Meta reports it failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppDeliveryIT {

    private static final String QUESTION = "How can I reset my password?";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void aRateLimitAndAnOutageAreRetriedUntilTheReplyGoesOut() {
        String limited = FakeGraphApi.nextNumber();
        failFirst(limited, 429, "error-130429.json");
        String outage = FakeGraphApi.nextNumber();
        failFirst(outage, 500, "error-131000.json");

        for (String from : new String[] {limited, outage}) {
            assertThat(FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, QUESTION)).status()).isEqualTo(200);
        }
        for (String from : new String[] {limited, outage}) {
            assertThat(Await.await(() -> replyStatus(from), s -> s.equals(Optional.of("SENT")), "the reply sent"))
                    .isPresent();
            assertThat(FakeGraphApi.callsTo(from)).hasSize(2);
            assertThat(FakeGraphApi.sentTo(from).get(0).text()).containsIgnoringCase("password");
        }
        assertThat(meters.counter("answerdesk.whatsapp.graph.errors", "code", "130429", "outcome", "retry").count())
                .isPositive();
        assertThat(meters.counter("answerdesk.whatsapp.graph.errors", "code", "131000", "outcome", "retry").count())
                .isPositive();
    }

    @Test
    void aPermanentRefusalIsTriedOnceAndCounted() {
        String from = FakeGraphApi.nextNumber();
        FakeGraphApi.API.stubFor(post(urlPathEqualTo(FakeGraphApi.MESSAGES)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", equalTo(from)))
                .willReturn(FakeGraphApi.json(400, FakeGraphApi.text("error-131026.json"))));
        double before = meters.counter("answerdesk.whatsapp.graph.errors", "code", "131026", "outcome", "permanent")
                .count();

        assertThat(FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, QUESTION)).status()).isEqualTo(200);

        Await.await(() -> replyStatus(from), s -> s.equals(Optional.of("FAILED")), "the reply given up");
        assertThat(FakeGraphApi.callsTo(from)).hasSize(1);
        assertThat(jdbc.sql("select m.last_error from message m join conversation c on c.id = m.conversation_id "
                + "where c.external_key = :k and m.direction = 'OUT'").param("k", from).query(String.class).single())
                .contains("131026");
        assertThat(meters.counter("answerdesk.whatsapp.graph.errors", "code", "131026", "outcome", "permanent").count())
                .isEqualTo(before + 1);
    }

    @Test
    void aReplyAfterTheWindowIsNotSentAndTheDeskIsToldWhy() {
        String from = FakeGraphApi.nextNumber();
        // the customer asked for a person a day and more ago (Meta delivers late after an outage of ours)
        ObjectNode press = FakeGraphApi.delivery("interactive-button-reply.json", from);
        FakeGraphApi.message(press).put("timestamp", Long.toString(Instant.now().minus(Duration.ofHours(25))
                .getEpochSecond()));
        ((ObjectNode) FakeGraphApi.message(press).at("/interactive/button_reply")).put("id", WhatsAppButtons.HUMAN)
                .put("title", "Talk to a person");

        assertThat(FakeGraphApi.deliver(port, press).status()).isEqualTo(200);

        String notice = Await.await(() -> deskNotice(from), Optional::isPresent, "the desk told").orElseThrow();
        assertThat(notice).contains("24 hours", "ANSWERDESK_WHATSAPP_TEMPLATE");
        // the desk's notice and the reply's status are written apart: wait for the status too
        assertThat(Await.await(() -> replyStatus(from), s -> s.equals(Optional.of("FAILED")), "the reply marked failed"))
                .contains("FAILED");
        assertThat(FakeGraphApi.callsTo(from)).as("nothing sent to the customer").isEmpty();
    }

    @Test
    void aReplyMetaReportsFailedForTheWindowIsReportedToTheDesk() {
        String from = FakeGraphApi.nextNumber();
        ObjectNode press = FakeGraphApi.delivery("interactive-button-reply.json", from);
        ((ObjectNode) FakeGraphApi.message(press).at("/interactive/button_reply")).put("id", WhatsAppButtons.HUMAN);
        assertThat(FakeGraphApi.deliver(port, press).status()).isEqualTo(200);
        Await.await(() -> replyStatus(from), s -> s.equals(Optional.of("SENT")), "the handoff notice sent");
        String wamid = FakeGraphApi.sentTo(from).get(0).wamid();

        ObjectNode failed = FakeGraphApi.delivery("status-failed-131047.json", from);
        ((ObjectNode) FakeGraphApi.value(failed).get("statuses").get(0)).put("id", wamid);
        assertThat(FakeGraphApi.deliver(port, failed).status()).isEqualTo(200);
        assertThat(FakeGraphApi.deliver(port, failed).status()).isEqualTo(200);

        String notice = Await.await(() -> deskNotice(from), Optional::isPresent, "the desk told").orElseThrow();
        assertThat(notice).contains("Re-engagement message", "24 hours");
        assertThat(jdbc.sql("select count(*) from whatsapp_delivery_status where wamid = :w and status = 'failed' "
                + "and error_code = 131047").param("w", wamid).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from desk_post d join handoff h on h.id = d.handoff_id
                join conversation c on c.id = h.conversation_id where c.external_key = :k and d.kind = 'NOTICE'""")
                .param("k", from).query(Long.class).single()).as("told once").isEqualTo(1);
    }

    private static void failFirst(String to, int status, String fixture) {
        String scenario = "fail-first-" + to;
        FakeGraphApi.API.stubFor(post(urlPathEqualTo(FakeGraphApi.MESSAGES)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).withRequestBody(matchingJsonPath("$.to", equalTo(to)))
                .willReturn(FakeGraphApi.json(status, FakeGraphApi.text(fixture)).withHeader("Retry-After", "1"))
                .willSetStateTo("recovered"));
    }

    private Optional<String> replyStatus(String from) {
        return jdbc.sql("""
                select m.delivery_status from message m join conversation c on c.id = m.conversation_id
                where c.external_key = :k and m.direction = 'OUT' order by m.id desc limit 1""")
                .param("k", from).query(String.class).optional();
    }

    private Optional<String> deskNotice(String from) {
        return jdbc.sql("""
                select d.text from desk_post d join handoff h on h.id = d.handoff_id
                join conversation c on c.id = h.conversation_id
                where c.external_key = :k and d.kind = 'NOTICE' order by d.id limit 1""")
                .param("k", from).query(String.class).optional();
    }
}
