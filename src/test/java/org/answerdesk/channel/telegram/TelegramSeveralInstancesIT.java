package org.answerdesk.channel.telegram;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.SharedDatabase;
import org.answerdesk.TestDirs;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Two instances on one PostgreSQL with the same bot in long-polling mode: only one polls Telegram (a second
 * getUpdates caller gets 409 Conflict from the real Bot API), the other waits on standby and takes over once the
 * first stops. (Answering after the takeover is not asserted here: PollerLeaseIT and SeveralInstancesMailIT cover
 * it.) The bot is a fake Bot API of the test's own, so the test contexts polling the shared one see nothing of it.
 */
@WaitLane
class TelegramSeveralInstancesIT {

    @Test
    void oneInstancePollsAndTheOtherTakesOverWhenItStops() throws Exception {
        String database = SharedDatabase.newDatabase();
        try (var telegram = FakeTelegram.separate()) {
            ConfigurableApplicationContext b;
            try (var a = start(database, telegram, "telegram-a")) {
                await(() -> telegram(a), c -> "telegram-a".equals(c.path("details").path("polledBy").asString()),
                        "instance A polling");
                b = start(database, telegram, "telegram-b");
                JsonNode standby = await(() -> telegram(b),
                        c -> "telegram-a".equals(c.path("details").path("polledBy").asString()), "B on standby");
                assertThat(standby.path("status").asString()).isEqualTo("UP");
                assertThat(standby.path("details").path("connected").asBoolean()).isFalse();
            }
            long stopped = System.nanoTime();
            try (b) {
                await(() -> telegram(b), c -> "telegram-b".equals(c.path("details").path("polledBy").asString()),
                        "instance B polling after A stopped");
                System.out.println("Telegram polling taken over after " + (System.nanoTime() - stopped) / 1_000_000
                        + " ms");
            }
        }
    }

    private static ConfigurableApplicationContext start(String database, FakeTelegram telegram, String instance)
            throws Exception {
        Path dataDir = TestDirs.create("telegram-instance-");
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--answerdesk.data-dir=" + dataDir, "--answerdesk.instance-id=" + instance,
                "--answerdesk.channel.lease-retry=1s",
                "--answerdesk.telegram.bot-token=" + FakeTelegram.TOKEN,
                "--answerdesk.telegram.api-url=http://localhost:" + telegram.server().port(),
                "--answerdesk.telegram.poll-timeout=1s",
                "--spring.datasource.url=" + database);
    }

    private static JsonNode telegram(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new HttpApi(port).get("/actuator/health", HttpApi.ADMIN).json().path("components").path("telegram");
    }
}
