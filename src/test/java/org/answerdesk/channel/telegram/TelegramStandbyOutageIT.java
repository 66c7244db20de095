package org.answerdesk.channel.telegram;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.TestDirs;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The database goes down under a poller on standby: nobody can hold the lease any more, so the standby instance
 * must not go on reporting a healthy standby. Its {@code telegram} component turns DOWN after stuck-after, like the
 * polling instance's, and once the database is back one instance polls again and both are UP.
 */
@WaitLane
class TelegramStandbyOutageIT {

    @Test
    void aStandbyPollerReportsDownWhileTheDatabaseIsDown() throws Exception {
        Path serverDir = TestDirs.create("standby-outage-pg-");
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(serverDir).setCleanDataDirectory(false)
                .start();
        int serverPort = server.getPort();
        try (FakeTelegram telegram = FakeTelegram.separate();
             var a = start(server, telegram, "outage-a")) {
            await(() -> component(a), c -> "outage-a".equals(c.path("details").path("polledBy").asString()),
                    "instance A polling");
            try (var b = start(server, telegram, "outage-b")) {
                JsonNode standby = await(() -> component(b),
                        c -> "outage-a".equals(c.path("details").path("polledBy").asString()), "B on standby");
                assertThat(standby.path("status").asString()).isEqualTo("UP");

                server.close();
                JsonNode down = await(() -> component(b), c -> "DOWN".equals(c.path("status").asString()),
                        "the standby's telegram component DOWN while the database is down");
                assertThat(down.path("details").path("lastError").asString()).contains("no instance holds");
                await(() -> component(a).path("status").asString(), "DOWN"::equals,
                        "the polling instance's telegram component DOWN too");

                server = EmbeddedPostgres.builder().setDataDirectory(serverDir).setCleanDataDirectory(false)
                        .setPort(serverPort).start();
                for (var app : java.util.List.of(a, b)) {
                    await(() -> component(app), c -> "UP".equals(c.path("status").asString())
                            && Set.of("outage-a", "outage-b").contains(c.path("details").path("polledBy").asString()),
                            "UP again with one instance polling once the database is back");
                }
            }
        } finally {
            server.close();
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres server, FakeTelegram telegram,
                                                        String instance) throws Exception {
        Path dataDir = TestDirs.create("standby-outage-instance-");
        var args = new java.util.ArrayList<>(telegram.arguments());
        args.addAll(java.util.List.of("--server.port=0", "--answerdesk.data-dir=" + dataDir,
                "--answerdesk.instance-id=" + instance, "--answerdesk.channel.lease-retry=1s",
                "--answerdesk.channel.stuck-after=3s",
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres"));
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run(args.toArray(String[]::new));
    }

    /**
     * The {@code telegram} component alone: the whole health would also run the database's check, which waits out the
     * pool's connection timeout (3 s) on every read while the database is down.
     */
    private static JsonNode component(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new HttpApi(port).get("/actuator/health/telegram", HttpApi.ADMIN).json();
    }
}
