package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.SharedDatabase;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Two instances on one PostgreSQL read one mailbox: exactly one of them reads it (the other waits on standby), every
 * mail gets exactly one answer, and when the reading instance stops the other takes over; the per-sender limit
 * counts the answers of both.
 */
@SideLane
class SeveralInstancesMailIT {

    @Test
    void oneInstanceReadsTheMailboxAndTheOtherTakesOverWhenItStops() throws Exception {
        String login = "lease-" + UUID.randomUUID().toString().substring(0, 8);
        TestMailServer.MAIL.setUser(login + "@answerdesk.test", login, TestMailServer.PASSWORD);
        String[] shared = {"answerdesk.mail.imap-username=" + login, "answerdesk.mail.poll-interval=1s",
                "answerdesk.channel.lease-retry=1s", "answerdesk.mail.max-replies-per-sender-per-hour=2",
                "spring.datasource.url=" + SharedDatabase.newDatabase()};
        ConfigurableApplicationContext b;
        try (var a = start("instance-a", shared)) {
            await(() -> email(a), c -> "instance-a".equals(c.path("details").path("polledBy").asText()),
                    "instance A reading the mailbox");
            b = start("instance-b", shared);
            JsonNode standby = await(() -> email(b), c -> "instance-a".equals(c.path("details").path("polledBy")
                    .asText()), "instance B on standby");
            assertThat(standby.path("status").asText()).isEqualTo("UP");
            assertThat(standby.path("details").path("connected").asBoolean()).isFalse();

            for (int i = 0; i < 4; i++) {
                deliver(login, "before-" + i);
            }
            deliver(login, "frequent");
            for (int i = 0; i < 4; i++) {
                String customer = "before-" + i + "@customer.test";
                await(() -> TestMailServer.sentTo(customer).size(), n -> n >= 1, "an answer to " + customer);
            }
            await(() -> TestMailServer.sentTo("frequent@customer.test").size(), n -> n == 1,
                    "A answering the frequent sender once");
        }
        // A has stopped: B takes the mailbox over
        long stopped = System.nanoTime();
        try (b) {
            for (int i = 0; i < 4; i++) {
                deliver(login, "after-" + i);
            }
            // the per-sender limit (2 an hour) is counted in the database: B knows what A answered
            deliver(login, "frequent");
            deliver(login, "frequent");
            await(() -> email(b), c -> "instance-b".equals(c.path("details").path("polledBy").asText()),
                    "instance B reading the mailbox");
            System.out.println("Mailbox taken over after " + (System.nanoTime() - stopped) / 1_000_000 + " ms");
            for (int i = 0; i < 4; i++) {
                String customer = "after-" + i + "@customer.test";
                await(() -> TestMailServer.sentTo(customer).size(), n -> n >= 1, "an answer to " + customer);
            }
            // nothing answered twice, by either instance
            var db = b.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            await(() -> db.sql("select count(*) from message where direction = 'OUT' and delivery_status = 'SENT'")
                    .query(Long.class).single(), n -> n == 10, "ten sent answers");
            await(() -> db.sql("select count(*) from message where direction = 'IN' and skip_reason is not null")
                    .query(Long.class).single(), n -> n == 1, "the frequent sender's third mail not answered");
            assertThat(TestMailServer.sentTo("frequent@customer.test")).hasSize(2);
            for (String prefix : new String[] {"before-", "after-"}) {
                for (int i = 0; i < 4; i++) {
                    assertThat(TestMailServer.sentTo(prefix + i + "@customer.test")).hasSize(1);
                }
            }
        }
    }

    private static ConfigurableApplicationContext start(String instance, String... shared) {
        String[] settings = java.util.Arrays.copyOf(shared, shared.length + 1);
        settings[shared.length] = "answerdesk.instance-id=" + instance;
        return TestMailServer.startApp(settings);
    }

    private static void deliver(String login, String customer) throws Exception {
        TestMailServer.deliverTo(login, TestMailServer.mail(customer + "@customer.test",
                "<" + customer + "-" + UUID.randomUUID() + "@customer.test>", "Password",
                "How do I reset my password?"));
    }

    private static JsonNode email(ConfigurableApplicationContext app) {
        return new HttpApi(TestMailServer.port(app)).get("/actuator/health", HttpApi.ADMIN).json()
                .path("components").path("email");
    }
}
