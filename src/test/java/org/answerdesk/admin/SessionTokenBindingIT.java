package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.SharedDatabase;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Admin sessions live in the database and outlive a restart; a restart with another admin token, or with none,
 * ends every session opened with the old one: its cookie downloads no backup and exports no customer any more.
 */
@WaitLane
class SessionTokenBindingIT {

    private static final String FIRST = "first-admin-token-0123456789";
    private static final String SECOND = "second-admin-token-0123456789";
    private static final String BACKUP = "/api/backup";
    private static final String EXPORT = "/api/customers/web/session-binding-customer/export";

    private final String database = SharedDatabase.newDatabase();

    @Test
    void aChangedOrRemovedTokenEndsTheSessionsOpenedWithTheOldOne() throws Exception {
        String first;
        String second;
        try (var app = start(FIRST)) {
            first = login(port(app), FIRST);
            second = login(port(app), FIRST);
            var api = new HttpApi(port(app));
            assertThat(api.post("/api/chat", HttpApi.json("session_id", "session-binding-customer", "message",
                    "How do I reset my password?")).status()).isEqualTo(200);
            assertThat(api.get(BACKUP, "Cookie", first).status()).isEqualTo(200);
            assertThat(api.get(EXPORT, "Cookie", second).status()).isEqualTo(200);
        }
        assertThat(sessions()).isEqualTo(2);

        try (var app = start(SECOND)) {
            var api = new HttpApi(port(app));
            assertThat(api.get(BACKUP, "Cookie", first).status()).isEqualTo(401);
            assertThat(api.get(EXPORT, "Cookie", first).status()).isEqualTo(401);
            assertThat(api.get("/admin", "Cookie", first).body()).contains("Admin token");
            assertThat(api.get(BACKUP, "Authorization", "Bearer " + SECOND).status()).as("the new token works")
                    .isEqualTo(200);
        }
        assertThat(sessions()).as("the first session was ended, not only refused").isEqualTo(1);

        try (var app = start("")) {
            var api = new HttpApi(port(app));
            assertThat(api.get(EXPORT, "Cookie", second).status()).isEqualTo(403);
            assertThat(api.get(BACKUP, "Cookie", second).status()).isEqualTo(403);
        }
        assertThat(sessions()).isZero();
    }

    private ConfigurableApplicationContext start(String token) {
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database, "--answerdesk.admin.token=" + token);
    }

    private long sessions() {
        return SharedDatabase.client(database).sql("select count(*) from spring_session").query(Long.class).single();
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Signs in on the login form; returns the {@code Cookie} header value of the new session. */
    private static String login(int port, String token) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(303);
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }
}
