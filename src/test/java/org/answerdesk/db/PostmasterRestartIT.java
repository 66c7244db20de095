package org.answerdesk.db;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The embedded postmaster killed with SIGKILL while the app runs (the OOM killer picks the biggest process): the
 * app starts it again on the same data directory, chats are answered again from the same data without a restart
 * of the app, liveness stays UP meanwhile (restarting the app is not needed), and the new postmaster has a
 * watchdog and stops with the app.
 */
@WaitLane
class PostmasterRestartIT {

    @Test
    void aKilledPostmasterIsStartedAgainAndTheConversationGoesOn() throws Exception {
        Path dataDir = DataDirs.startedOnce("postmaster-restart");
        Path pgData = dataDir.resolve("postgres");
        long restarted;
        try (var app = new SpringApplicationBuilder(AnswerdeskApplication.class)
                .run("--server.port=0", "--answerdesk.data-dir=" + dataDir)) {
            var api = new HttpApi(((WebServerApplicationContext) app).getWebServer().getPort());
            var first = chat(api, "How do I track my order?");
            assertThat(first.status()).isEqualTo(200);
            long killed = LeftoverPostmaster.pid(pgData).orElseThrow();

            assertThat(new ProcessBuilder("kill", "-9", Long.toString(killed)).start().waitFor()).isZero();
            await(() -> alive(killed), alive -> !alive, "the killed postmaster to be gone");
            assertThat(api.get("/actuator/health/liveness").status()).as("liveness without a database").isEqualTo(200);

            var again = await(Duration.ofSeconds(120), () -> chat(api, "And how long does shipping take?"),
                    r -> r.status() == 200, "a chat answered by the restarted PostgreSQL");
            assertThat(again.json().get("conversation_id").asLong())
                    .isEqualTo(first.json().get("conversation_id").asLong());
            restarted = LeftoverPostmaster.pid(pgData).orElseThrow();
            assertThat(restarted).isNotEqualTo(killed);
            assertThat(alive(restarted)).isTrue();
            assertThat(ProcessHandle.current().descendants().filter(p -> p.info().arguments()
                    .map(args -> List.of(args).contains("answerdesk-pg-watchdog")
                            && List.of(args).contains(Long.toString(restarted)))
                    .orElse(false))).as("a watchdog of the new postmaster").hasSize(1);
            assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        }
        await(() -> alive(restarted), alive -> !alive, "the restarted postmaster to stop with the app");
    }

    private static HttpApi.Response chat(HttpApi api, String question) {
        return api.post("/api/chat", json("session_id", "postmaster-restart", "message", question));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
