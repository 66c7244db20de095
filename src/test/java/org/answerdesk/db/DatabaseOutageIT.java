package org.answerdesk.db;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * While PostgreSQL is down the app fails fast instead of holding requests for the pool's 30 s default: health and
 * readiness are DOWN (503), liveness stays UP, and the chat API answers 503 with a reason and Retry-After once the
 * pool's 3 s timeout runs out (the time it took is printed; nothing here races a clock); once the database is back,
 * chats are answered again without a restart.
 */
@WaitLane
class DatabaseOutageIT {

    /** The pool's connection timeout: how soon a request fails while the database is down (the default is 30 s). */
    private static final long FAIL_AFTER_MS = 3000;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void whileTheDatabaseIsDownHealthAndChatFailFastAndChatRecoversWhenItIsBack() throws Exception {
        Path serverDir = DataDirs.fresh("outage-server").resolve("pg");
        Path appDir = DataDirs.fresh("outage-app");
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(serverDir).setCleanDataDirectory(false)
                .start();
        int serverPort = server.getPort();
        try (var app = new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--answerdesk.data-dir=" + appDir,
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(chat(port).statusCode()).isEqualTo(200);

            server.close();

            // fast by configuration: the pool gives up after its own timeout, not the 30 s default; the time taken
            // is printed, and the HTTP client's time-out only catches a hang
            assertThat(app.getBean(HikariDataSource.class).getConnectionTimeout()).isLessThanOrEqualTo(FAIL_AFTER_MS);
            long start = System.nanoTime();
            HttpResponse<String> health = get(port, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            long healthMs = (System.nanoTime() - start) / 1_000_000;
            // an orchestrator stops sending traffic, but does not restart the app: that brings no database back
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);

            start = System.nanoTime();
            HttpResponse<String> refused = chat(port);
            System.out.printf("Database down: health answered in %d ms, a chat refused in %d ms%n", healthMs,
                    (System.nanoTime() - start) / 1_000_000);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            var error = JsonMapper.builder().build().readTree(refused.body());
            assertThat(error.get("status").asInt()).isEqualTo(503);
            assertThat(error.get("error").asString()).contains("database is unavailable");

            server = EmbeddedPostgres.builder().setDataDirectory(serverDir).setCleanDataDirectory(false)
                    .setPort(serverPort).start();
            await(() -> chat(port).statusCode(), status -> status == 200, "a chat answered after the database is back");
            assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        } finally {
            server.close();
        }
    }

    /**
     * The app starts a dead embedded postmaster again ({@link PostmasterKeeper}); here it cannot (its programs are
     * moved away), so the pool must fail fast meanwhile. Once they are back, the next attempt brings it back.
     */
    @Test
    void theEmbeddedServersPoolFailsFastWhileItsPostmasterIsDownAndItIsStartedAgain() throws Exception {
        Path dataDir = DataDirs.startedOnce("outage-embedded");
        Path binaries = dataDir.resolve("pg-binaries");
        Path away = dataDir.resolve("pg-binaries-away");
        try (var context = new SpringApplicationBuilder(EmbeddedPostgresConfiguration.class)
                .web(WebApplicationType.NONE).run("--answerdesk.data-dir=" + dataDir)) {
            HikariDataSource pool = context.getBean(HikariDataSource.class);
            assertThat(pool.getConnectionTimeout()).isEqualTo(FAIL_AFTER_MS);
            try (var connection = pool.getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
            long postmaster = LeftoverPostmaster.pid(dataDir.resolve("postgres")).orElseThrow();
            Files.move(binaries, away);
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster)).start().waitFor();
            await(() -> ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false), alive -> !alive,
                    "the postmaster to stop");

            assertThatThrownBy(() -> pool.getConnection().close())
                    .satisfies(e -> assertThat(org.answerdesk.conversation.Failures.isTransient(e)).isTrue());

            Files.move(away, binaries);
            await(Duration.ofSeconds(90), () -> {
                try (var connection = pool.getConnection()) {
                    return connection.isValid(1);
                } catch (java.sql.SQLException e) {
                    return false;
                }
            }, valid -> valid, "a connection to the postmaster started again");
        }
    }

    private HttpResponse<String> chat(int port) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json("session_id", "outage-session", "message",
                        "How do I reset my password?")))
                .build());
    }

    private HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
