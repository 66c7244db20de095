package org.answerdesk.admin;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.answerdesk.HttpApi;
import org.answerdesk.OwnerDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The widget's sites through the admin API: refused sites listed with counts (bounded against made-up Origin
 * headers), allowed and withdrawn without a restart, a change another instance made followed within the refresh,
 * bad input refused with a reason, changes in the audit trail. The browser side is in {@code WidgetBrowserIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = OwnerDesk.class)
class WebOriginsIT {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    int preflight(String origin) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                    .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type").timeout(Duration.ofSeconds(30))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String chatPageFrameAncestors() {
        try {
            String csp = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Security-Policy").orElseThrow();
            return csp.substring(csp.indexOf("frame-ancestors"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode refused(String origin) {
        for (JsonNode r : api.get("/api/web/origins", HttpApi.ADMIN).json().get("refused")) {
            if (r.get("origin").asString().equals(origin)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void aRefusedSiteIsListedWithItsCountAndOnceAllowedIsServedAndFramed() {
        String shop = "https://refused-then-allowed.shop.example";
        assertThat(preflight(shop)).isEqualTo(403);
        assertThat(preflight(shop + "/")).isEqualTo(403);
        JsonNode listed = refused(shop);
        assertThat(listed).isNotNull();
        assertThat(listed.get("count").asLong()).isEqualTo(2);
        assertThat(listed.get("first_seen").asString()).isNotBlank();

        var allowed = api.post("/api/web/origins", json("origin", "HTTPS://Refused-Then-Allowed.shop.example/"),
                HttpApi.ADMIN);
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
        assertThat(allowed.json().get("origin").asString()).isEqualTo(shop);
        try {
            assertThat(preflight(shop)).isEqualTo(200);
            assertThat(refused(shop)).as("an allowed site is not among the refused").isNull();
            JsonNode all = api.get("/api/web/origins", HttpApi.ADMIN).json().get("allowed");
            assertThat(all.toString()).contains("\"origin\":\"" + shop + "\",\"source\":\"ADMIN\"");
            assertThat(chatPageFrameAncestors()).isEqualTo("frame-ancestors 'self' " + shop);
            assertThat(api.post("/api/web/origins", json("origin", shop), HttpApi.ADMIN).status()).isEqualTo(200);
            assertThat(api.get("/api/audit?limit=20", HttpApi.ADMIN).body())
                    .contains("WEB_ORIGIN_ALLOWED").contains(shop);
        } finally {
            assertThat(api.delete("/api/web/origins?origin=" + shop, HttpApi.ADMIN).status()).isEqualTo(204);
        }
        assertThat(preflight(shop)).isEqualTo(403);
        assertThat(api.delete("/api/web/origins?origin=" + shop, HttpApi.ADMIN).status()).isEqualTo(404);
        assertThat(api.get("/api/audit?limit=20", HttpApi.ADMIN).body()).contains("WEB_ORIGIN_REMOVED");
    }

    @Test
    void aSiteAllowedByAnotherInstanceIsServedHereWithinTheRefresh() {
        String shop = "https://allowed-elsewhere.shop.example";
        assertThat(preflight(shop)).isEqualTo(403);
        // what another instance's POST /api/web/origins writes
        jdbc.sql("insert into web_origin (origin, allowed, allowed_at) values (:o, true, now())").param("o", shop)
                .update();
        try {
            await(() -> preflight(shop), status -> status == 200, "the other instance's allowance here");
        } finally {
            jdbc.sql("update web_origin set allowed = false where origin = :o").param("o", shop).update();
        }
        await(() -> preflight(shop), status -> status == 403, "the other instance's withdrawal here");
    }

    @Test
    void madeUpOriginsAreBoundedAndBadInputIsRefusedWithAReason() {
        for (int i = 0; i < 70; i++) {
            preflight("https://flood-" + i + ".attacker.example");
        }
        preflight("https://" + "a".repeat(5000) + ".example");
        preflight("null");
        List<String> refused = new ArrayList<>();
        api.get("/api/web/origins", HttpApi.ADMIN).json().get("refused")
                .forEach(r -> refused.add(r.get("origin").asString()));
        assertThat(refused).hasSizeLessThanOrEqualTo(50).allSatisfy(o -> assertThat(o.length()).isLessThanOrEqualTo(200))
                .doesNotContain("null");
        assertThat(jdbc.sql("select count(*) from web_origin where not allowed").query(Integer.class).single())
                .isLessThanOrEqualTo(50);

        for (String bad : List.of("javascript:alert(1)", "https://shop.example/path", "https://*.shop.example",
                "<script>x</script>", "https://" + "b".repeat(300) + ".example")) {
            var response = api.post("/api/web/origins", json("origin", bad), HttpApi.ADMIN);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.json().get("error").asString()).contains("origin must be");
        }
        assertThat(api.post("/api/web/origins", "{}", HttpApi.ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/web/origins").status()).isEqualTo(401);
        assertThat(api.post("/api/web/origins", json("origin", "https://x.example")).status()).isEqualTo(401);
    }
}
