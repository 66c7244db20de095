package org.answerdesk.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.answerdesk.HttpApi;
import org.answerdesk.OwnerDesk;
import org.answerdesk.channel.email.TestMailServer;
import org.answerdesk.handoff.HandoffOpened;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new ticket is announced to the owner: a signed JSON POST to a webhook (WireMock) and a mail through the email
 * channel's SMTP (GreenMail); a failing receiver is tried again with the same alert id; a ticket is announced once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = OwnerDesk.class)
class AlertsIT {

    static final String SECRET = OwnerDesk.WEBHOOK_SECRET;
    static final String OWNER = OwnerDesk.OWNER;
    static final WireMockServer RECEIVER = OwnerDesk.RECEIVER;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Alerts alerts;
    @Autowired
    TransactionTemplate transaction;

    long newTicket(String question) {
        var api = new HttpApi(port);
        var response = api.askWithoutAnAnswer("alert-" + UUID.randomUUID(), question);
        JsonNode answer = response.json();
        assertThat(answer.get("needs_human").asBoolean()).as(response.body()).isTrue();
        long conversation = answer.get("conversation_id").asLong();
        return jdbc.sql("select id from handoff where conversation_id = :c").param("c", conversation)
                .query(Long.class).single();
    }

    static List<LoggedRequest> postsOf(long ticket) {
        return RECEIVER.findAll(postRequestedFor(urlPathEqualTo("/hook"))).stream()
                .filter(r -> JSON.readTree(r.getBodyAsString()).get("ticket_id").asLong() == ticket).toList();
    }

    static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    String status(long ticket, String target) {
        return jdbc.sql("select status from alert where handoff_id = :h and target = :t").param("h", ticket)
                .param("t", target).query(String.class).single();
    }

    @Test
    void aNewTicketReachesTheWebhookSignedAndTheOwnersMailbox() throws Exception {
        long ticket = newTicket("Can somebody from your team call me back about my silver spoons?");

        LoggedRequest hook = await(() -> postsOf(ticket), p -> !p.isEmpty(), "the alert at the webhook").get(0);
        assertThat(hook.getHeader("X-Answerdesk-Signature")).isEqualTo(hmac(hook.getBody()));
        JsonNode body = JSON.readTree(hook.getBodyAsString());
        assertThat(hook.getHeader("X-Answerdesk-Alert-Id")).isEqualTo(body.get("alert_id").asString());
        assertThat(body.get("event").asString()).isEqualTo("ticket.opened");
        assertThat(body.get("channel").asString()).isEqualTo("WEB");
        assertThat(body.get("customer").asString()).startsWith("web visitor");
        assertThat(body.get("first_message").asString()).isEqualTo("Can somebody from your team call me back about my silver spoons?");
        assertThat(body.get("url").asString()).isEqualTo("https://desk.shop.test/admin#ticket-" + ticket);
        await(() -> status(ticket, "WEBHOOK"), "SENT"::equals, "the alert marked sent");

        MimeMessage mail = alertMail(ticket, "my silver spoons");
        assertThat(subject(mail)).startsWith("[Customer support] New ticket " + ticket + ":");
        String text = mail.getContent().toString();
        assertThat(text).contains("my silver spoons").contains("https://desk.shop.test/admin#ticket-" + ticket);
        assertThat(mail.getMessageID()).isEqualTo("<alert-" + alertId(ticket, "EMAIL") + "@answerdesk.test>");
        await(() -> status(ticket, "EMAIL"), "SENT"::equals, "the alert mail marked sent");
    }

    /** The owner's shop name heads the alert mail and is its sender's name. */
    @Test
    void theAlertMailCarriesTheShopsName() throws Exception {
        var api = new HttpApi(port);
        assertThat(api.put("/api/brand", HttpApi.json("name", "Corner Shop"), HttpApi.ADMIN).status()).isEqualTo(200);
        try {
            long ticket = newTicket("Can somebody from your team call me back about my garden gnome?");
            MimeMessage mail = alertMail(ticket, "my garden gnome");
            assertThat(subject(mail)).startsWith("[Corner Shop] New ticket " + ticket + ":");
            assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Corner Shop");
            assertThat(mail.getContent().toString().replace("\r\n", "\n"))
                    .startsWith("Corner Shop\n\nA customer is waiting for a person.");
        } finally {
            api.put("/api/brand", "{}", HttpApi.ADMIN);
        }
    }

    @Test
    void aFailingReceiverIsTriedAgainWithTheSameAlertIdAndATicketIsAnnouncedOnce() throws Exception {
        RECEIVER.stubFor(post(urlPathEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        RECEIVER.stubFor(post(urlPathEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        RECEIVER.stubFor(post(urlPathEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        try {
            long ticket = newTicket("Can somebody from your team call me back about my sofa delivery?");
            await(() -> status(ticket, "WEBHOOK"), "SENT"::equals, "the alert sent after two 5xx");
            List<LoggedRequest> posts = postsOf(ticket);
            assertThat(posts).as("two refused attempts and the accepted one").hasSize(3);
            assertThat(posts.stream().map(r -> r.getHeader("X-Answerdesk-Alert-Id")).distinct()).hasSize(1);
            assertThat(jdbc.sql("select attempts from alert where handoff_id = :h and target = 'WEBHOOK'")
                    .param("h", ticket).query(Integer.class).single()).isEqualTo(3);

            // the same ticket announced again (a replayed event, a second instance): no second alert is stored
            transaction.executeWithoutResult(s -> alerts.onHandoffOpened(new HandoffOpened(ticket, 0, "again")));
            alerts.retryDue();
            assertThat(jdbc.sql("select count(*) from alert where handoff_id = :h").param("h", ticket)
                    .query(Integer.class).single()).isEqualTo(2);
            assertThat(postsOf(ticket)).hasSize(3);

            // a send accepted just before a crash (never marked sent) goes again, with the same alert id
            jdbc.sql("update alert set status = 'PENDING', next_attempt_at = now() where handoff_id = :h "
                    + "and target = 'WEBHOOK'").param("h", ticket).update();
            await(() -> status(ticket, "WEBHOOK"), "SENT"::equals, "the alert sent again");
            assertThat(postsOf(ticket)).hasSize(4);
            assertThat(postsOf(ticket).stream().map(r -> r.getHeader("X-Answerdesk-Alert-Id")).distinct())
                    .containsExactly(alertId(ticket, "WEBHOOK"));
        } finally {
            RECEIVER.resetScenarios();
            RECEIVER.getStubMappings().stream().filter(m -> "flaky".equals(m.getScenarioName())).toList()
                    .forEach(RECEIVER::removeStubMapping);
        }
    }

    /**
     * The alert mail of a ticket, told by its number and the customer's words: the owner's mailbox outlives an app
     * whose database numbered its tickets from 1 too.
     */
    static MimeMessage alertMail(long ticket, String words) {
        return await(() -> TestMailServer.sentTo(OWNER).stream()
                .filter(m -> subject(m).contains("New ticket " + ticket + ":")
                        && TestMailServer.body(m).contains(words)).toList(), m -> !m.isEmpty(),
                "the alert mail").get(0);
    }

    String alertId(long ticket, String target) {
        return jdbc.sql("select alert_id::text from alert where handoff_id = :h and target = :t").param("h", ticket)
                .param("t", target).query(String.class).single();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
