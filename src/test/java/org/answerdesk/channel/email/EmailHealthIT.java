package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.ClosedPort;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The mailbox's own component of {@code /actuator/health}: DOWN once it could not be read for longer than
 * {@code answerdesk.channel.stuck-after}, UP again as soon as it is read.
 */
@SideLane
class EmailHealthIT {

    @Test
    void aMailboxThatRefusesTheLoginIsDownAfterStuckAfterAndUpOnceItLogsIn() throws Exception {
        String login = "health-" + UUID.randomUUID().toString().substring(0, 8);
        // no such user yet: the server refuses the login, as it does for a wrong password
        try (var app = TestMailServer.startApp("answerdesk.mail.imap-username=" + login,
                "answerdesk.mail.poll-interval=1s", "answerdesk.channel.stuck-after=2s")) {
            var api = new HttpApi(TestMailServer.port(app));
            JsonNode down = await(() -> email(api), c -> "DOWN".equals(c.path("status").asText()), "email DOWN");
            assertThat(down.path("details").path("connected").asBoolean()).isFalse();
            assertThat(down.path("details").path("lastError").asText()).isNotBlank()
                    .doesNotContain(TestMailServer.PASSWORD);

            TestMailServer.MAIL.setUser(login + "@answerdesk.test", login, TestMailServer.PASSWORD);
            JsonNode up = await(() -> email(api), c -> "UP".equals(c.path("status").asText()), "email UP");
            assertThat(up.path("details").path("connected").asBoolean()).isTrue();
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        }
    }

    @Test
    void anUnreachableMailServerIsDown() throws Exception {
        try (var closed = new ClosedPort(); var app = TestMailServer.startApp("answerdesk.mail.imap-port=" + closed.port(),
                "answerdesk.mail.poll-interval=1s", "answerdesk.channel.stuck-after=2s")) {
            var api = new HttpApi(TestMailServer.port(app));
            await(() -> email(api), c -> "DOWN".equals(c.path("status").asText()), "email DOWN");
            assertThat(api.get("/actuator/health").status()).isEqualTo(503);
        }
    }

    private static JsonNode email(HttpApi api) {
        return api.get("/actuator/health", HttpApi.ADMIN).json().path("components").path("email");
    }
}
