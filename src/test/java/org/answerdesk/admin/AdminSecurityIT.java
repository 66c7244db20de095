package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.answerdesk.SideLane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security over real HTTP: health details, the admin token and session, the login throttle, CSRF by
 * origin, security headers and the session cookie. The public URL is https, as in production behind a proxy,
 * and forwarded headers are on so that X-Forwarded-For stands for other clients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.public-url=https://desk.example", "server.forward-headers-strategy=native"})
// In the side lane: no other class has its settings, and its context polls none of the shared fakes.
@SideLane
class AdminSecurityIT {

    static final String TOKEN = "test-admin-token";
    static final String BEARER = "Bearer " + TOKEN;
    static final AtomicBoolean PROBE_DOWN = new AtomicBoolean();

    /** A health component the test can take down, to see the status code a load balancer gets. */
    @TestConfiguration
    static class Probe {
        @Bean
        HealthIndicator probe() {
            return () -> PROBE_DOWN.get() ? Health.down().withDetail("path", "/secret/dir").build() : Health.up().build();
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private String self;

    @BeforeEach
    void setUp() {
        self = "http://localhost:" + port;
    }

    // ---- health and metrics

    @Test
    void anonymousHealthIsOnlyTheStatusTheAdminSeesTheDetails() {
        var anonymous = send("GET", "/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        // besides the status only the names of Boot's probe groups (liveness, readiness), which tell nothing
        assertThat(json.readTree(anonymous.body()).propertyNames()).containsOnly("status", "groups");
        assertThat(json.readTree(anonymous.body()).get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.body()).doesNotContain("diskSpace", "path", "embedder", "components");
        assertThat(send("GET", "/actuator/health/diskSpace", null).body()).doesNotContain("path", "total", "free");
        assertThat(send("GET", "/actuator/health/readiness", null).body()).isEqualTo("{\"status\":\"UP\"}");

        for (String credential : new String[] {"Authorization", "Cookie"}) {
            var admin = credential.equals("Cookie")
                    ? send("GET", "/actuator/health", null, "Cookie", login())
                    : send("GET", "/actuator/health", null, "Authorization", BEARER);
            JsonNode components = json.readTree(admin.body()).get("components");
            assertThat(components.get("diskSpace").get("details").has("path")).as(credential).isTrue();
            assertThat(components.get("embedder").get("details").get("entries").asInt()).isGreaterThan(30);
        }
    }

    @Test
    void aDownHealthIsStill503WithoutDetails() {
        PROBE_DOWN.set(true);
        try {
            var anonymous = send("GET", "/actuator/health", null);
            assertThat(anonymous.statusCode()).isEqualTo(503);
            assertThat(json.readTree(anonymous.body()).get("status").asString()).isEqualTo("DOWN");
            assertThat(anonymous.body()).doesNotContain("probe", "/secret/dir", "components");
            var admin = send("GET", "/actuator/health", null, "Authorization", BEARER);
            assertThat(admin.statusCode()).isEqualTo(503);
            assertThat(admin.body()).contains("/secret/dir");
        } finally {
            PROBE_DOWN.set(false);
        }
    }

    @Test
    void metricsNeedTheTokenOrTheSession() {
        var anonymous = send("GET", "/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(json.readTree(anonymous.body()).get("error").asString()).contains("admin token");
        assertThat(send("GET", "/actuator/prometheus", null, "Authorization", "Bearer nope", "X-Forwarded-For", "198.51.100.1").statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/prometheus", null, "Authorization", BEARER).body()).contains("answerdesk_");
        assertThat(send("GET", "/actuator/prometheus", null, "Cookie", login()).statusCode()).isEqualTo(200);
    }

    @Test
    void springSecuritysOwnLoginPageAndBasicAuthAppearNowhere() {
        for (String path : new String[] {"/login", "/logout", "/admin/login", "/actuator", "/no-such-page"}) {
            var r = send("GET", path, null);
            assertThat(r.statusCode()).as(path).isNotEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain("Please sign in", "<form");
            assertThat(r.headers().allValues("WWW-Authenticate")).as(path).noneMatch(v -> v.startsWith("Basic"));
        }
        assertThat(send("GET", "/admin/logout", null).statusCode()).isNotEqualTo(303);
    }

    // ---- login throttle

    @Test
    void theSixthFailedLoginOfAnAddressGets429UntilTheWindowPassesOtherAddressesDoNot() {
        String attacker = "203.0.113.7";
        for (int i = 0; i < 5; i++) {
            var r = loginAttempt("guess-" + i, "X-Forwarded-For", attacker);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("Wrong admin token");
        }
        var sixth = loginAttempt("guess-6", "X-Forwarded-For", attacker);
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(800L, 900L);
        // the right token does not open the door while the address is blocked, on the form or as a bearer token
        assertThat(loginAttempt(TOKEN, "X-Forwarded-For", attacker).statusCode()).isEqualTo(429);
        var bearer = send("GET", "/api/faq", null, "Authorization", BEARER, "X-Forwarded-For", attacker);
        assertThat(bearer.statusCode()).isEqualTo(429);
        assertThat(bearer.headers().firstValue("Retry-After")).isPresent();
        // another address is not affected, and its success does not clear the attacker's count
        var other = loginAttempt(TOKEN, "X-Forwarded-For", "203.0.113.8");
        assertThat(other.statusCode()).isEqualTo(303);
        assertThat(loginAttempt("guess-7", "X-Forwarded-For", attacker).statusCode()).isEqualTo(429);
    }

    @Test
    void wrongBearerTokensCountTowardsTheSameThrottle() {
        String guesser = "203.0.113.20";
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", "/api/tickets", null, "Authorization", "Bearer g" + i, "X-Forwarded-For", guesser)
                    .statusCode()).isEqualTo(401);
        }
        assertThat(send("GET", "/api/tickets", null, "Authorization", "Bearer g5", "X-Forwarded-For", guesser)
                .statusCode()).isEqualTo(429);
        assertThat(loginAttempt(TOKEN, "X-Forwarded-For", guesser).statusCode()).isEqualTo(429);
    }

    // ---- session and CSRF

    @Test
    void theSessionCookieIsSecureHttpOnlyStrictAndOnlyTheLoginSetsOne() {
        var login = loginAttempt(TOKEN);
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).contains("/admin");
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("answerdesk_admin=").contains("Secure", "HttpOnly", "SameSite=Strict", "Path=/");
        assertThat(send("GET", "/admin", null).headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(send("GET", "/api/faq", null).headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(send("POST", "/api/chat", "{\"session_id\": \"security-1\", \"message\": \"How do I reset my password?\"}")
                .headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aCookieAuthenticatedChangeNeedsThisOriginABearerCallDoesNot() {
        String cookie = login();
        long id = createEntry();
        // a foreign origin, a sibling site, or no origin at all: refused, and the entry is still there
        for (String[] headers : List.of(new String[] {"Origin", "https://evil.example"},
                new String[] {"Sec-Fetch-Site", "cross-site"}, new String[] {"Sec-Fetch-Site", "same-site"},
                new String[] {"Origin", "null"}, new String[0])) {
            var r = send("DELETE", "/api/faq/" + id, null, concat(headers, "Cookie", cookie));
            assertThat(r.statusCode()).as(String.join(" ", headers)).isEqualTo(403);
            assertThat(json.readTree(r.body()).get("error").asString()).contains("cross-site");
        }
        assertThat(send("GET", "/api/faq/" + id, null, "Authorization", BEARER).statusCode()).isEqualTo(200);
        // a read with the cookie needs no origin
        assertThat(send("GET", "/api/faq/" + id, null, "Cookie", cookie).statusCode()).isEqualTo(200);
        // from the page itself, by the server's own origin, the public URL's origin, or fetch metadata
        assertThat(send("POST", "/api/faq/candidates/987654/reject", "{}", "Cookie", cookie, "Origin", "https://desk.example")
                .statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/faq/candidates/987654/reject", "{}", "Cookie", cookie, "Sec-Fetch-Site", "same-origin")
                .statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/faq/" + id, null, "Cookie", cookie, "Origin", self).statusCode()).isEqualTo(204);
        // a bearer call has no cookie to abuse: no origin needed
        long other = createEntry();
        assertThat(send("DELETE", "/api/faq/" + other, null, "Authorization", BEARER).statusCode()).isEqualTo(204);
    }

    @Test
    void signOutNeedsThisOriginAndEndsTheSessionOnTheServer() {
        String cookie = login();
        assertThat(send("POST", "/admin/logout", "", "Cookie", cookie, "Origin", "https://evil.example").statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/tickets", null, "Cookie", cookie).statusCode()).isEqualTo(200);
        var out = send("POST", "/admin/logout", "", "Cookie", cookie, "Origin", self);
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).contains("/admin");
        // the old cookie, replayed, is worth nothing
        assertThat(send("GET", "/api/tickets", null, "Cookie", cookie).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/admin", null, "Cookie", cookie).body()).contains("Admin token");
    }

    @Test
    void publicEndpointsNeedNoCsrfTokenButOtherSitesPagesAreRefused() {
        // API clients (no Origin header) and this origin's pages need no token
        var chat = send("POST", "/api/chat", "{\"session_id\": \"security-2\", \"message\": \"How do I reset my password?\"}");
        assertThat(chat.statusCode()).isEqualTo(200);
        long messageId = json.readTree(chat.body()).get("message_id").asLong();
        assertThat(send("POST", "/api/feedback", "{\"session_id\": \"security-2\", \"message_id\": " + messageId + ", \"vote\": \"up\"}",
                "Origin", self).statusCode()).isEqualTo(200);
        // a page of a site not in ANSWERDESK_WEB_ALLOWED_ORIGINS (none here) is refused before the API
        assertThat(send("POST", "/api/feedback", "{\"session_id\": \"security-2\", \"message_id\": " + messageId + ", \"vote\": \"down\"}",
                "Origin", "https://other.example").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/reset", "{\"session_id\": \"security-2\"}").statusCode()).isBetween(200, 299);
        assertThat(send("GET", "/", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/chat.js", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/webjars/chart.js/4.4.1/dist/chart.umd.js", null).statusCode()).isEqualTo(200);
    }

    // ---- headers

    @Test
    void everyPageSendsNosniffAndACspWithoutInlineCodeTheAdminPageCannotBeFramed() {
        var chat = send("GET", "/", null);
        var chatApi = send("POST", "/api/chat", "{\"session_id\": \"security-3\", \"message\": \"Where is my parcel?\"}");
        var loginPage = send("GET", "/admin", null);
        var adminPage = send("GET", "/admin", null, "Cookie", login());
        assertThat(adminPage.body()).contains("kpi-conversations");
        for (var r : List.of(chat, chatApi, loginPage, adminPage)) {
            String what = r.request().method() + " " + r.uri().getPath() + " " + r.statusCode();
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).as(what).contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
        }
        for (var page : List.of(loginPage, adminPage)) {
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        }
        assertThat(chat.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(chat.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'self'");
        // the pages carry no inline script or style, which the policy would block
        for (var page : List.of(chat, loginPage, adminPage)) {
            assertThat(page.body()).doesNotContain("<style", " style=", "<script>", "onclick=", "onload=")
                    .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        }
        var script = send("GET", "/admin/assets/admin.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(send("GET", "/admin/assets/admin.css", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/admin/assets/login.css", null).statusCode()).isEqualTo(200);
    }

    // ---- helpers

    private long createEntry() {
        var r = send("POST", "/api/faq", """
                {"question": "Is the security test entry %s here?", "answer": "Yes, for a moment."}"""
                .formatted(System.nanoTime()), "Authorization", BEARER);
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return json.readTree(r.body()).get("id").asLong();
    }

    /** Signs in from this machine and returns the {@code Cookie} header value of the session. */
    private String login() {
        var r = loginAttempt(TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private HttpResponse<String> loginAttempt(String token, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(self + "/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token));
        return exchange(builder, headers);
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(self + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return exchange(builder, headers);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
