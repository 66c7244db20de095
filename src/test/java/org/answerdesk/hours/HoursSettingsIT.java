package org.answerdesk.hours;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.OwnerDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The business hours set through the admin API: stored, applied at once without a restart (a handoff tells the away
 * notice), followed by every instance (a row another instance wrote), refused with the reason when they cannot be
 * read, in the audit trail. The OwnerDesk app (same annotations as {@code BrandIT}, one context), whose environment
 * sets no hours; the environment's winning is in {@link BusinessHoursIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = OwnerDesk.class)
class HoursSettingsIT {

    static final String PATH = "/api/settings/hours";
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @AfterEach
    void alwaysOpenAgain() {
        assertThat(api.delete(PATH, HttpApi.ADMIN).status()).isEqualTo(200);
    }

    static String closedTodayAndTomorrow() {
        return "{\"weekly\": \"Mon-Sun 09:00-17:00\", \"zone\": \"UTC\", \"closed\": [\"" + TODAY + "\", \""
                + TODAY.plusDays(1) + "\"]}";
    }

    String handoffReply() {
        return api.post("/api/chat", json("session_id", "hours-" + UUID.randomUUID(), "message",
                "I want to talk to a human")).json().get("reply").asString();
    }

    @Test
    void theOwnersHoursAreStoredAndAppliedWithoutARestart() {
        JsonNode before = api.get(PATH, HttpApi.ADMIN).json();
        assertThat(before.get("source").isNull()).isTrue();
        assertThat(before.get("editable").asBoolean()).isTrue();
        assertThat(before.get("open_now").asBoolean()).isTrue();
        assertThat(handoffReply()).doesNotContain("Our team is away");

        var set = api.put(PATH, closedTodayAndTomorrow(), HttpApi.ADMIN);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode hours = set.json();
        assertThat(hours.get("source").asString()).isEqualTo("ADMIN");
        assertThat(hours.get("weekly").asString()).isEqualTo("Mon-Sun 09:00-17:00");
        assertThat(hours.get("open_now").asBoolean()).isFalse();
        assertThat(hours.get("next_opening").asString()).startsWith(TODAY.plusDays(2) + "T09:00");
        assertThat(jdbc.sql("select value from app_setting where key = 'hours.closed'").query(String.class).single())
                .isEqualTo(TODAY + "," + TODAY.plusDays(1));
        assertThat(handoffReply()).contains("Our team is away right now").contains("09:00 (UTC)");
        assertThat(api.get("/api/audit?limit=10", HttpApi.ADMIN).body()).contains("PUT " + PATH);

        var cleared = api.delete(PATH, HttpApi.ADMIN).json();
        assertThat(cleared.get("source").isNull()).isTrue();
        assertThat(cleared.get("open_now").asBoolean()).isTrue();
        assertThat(handoffReply()).doesNotContain("Our team is away");
    }

    /** Another instance stores the hours: this one follows within seconds, without a request to it. */
    @Test
    void hoursAnotherInstanceStoredAreFollowedWithinSeconds() {
        jdbc.sql("insert into app_setting (key, value) values ('hours.weekly', 'Mon-Sun 09:00-17:00'), "
                + "('hours.zone', 'UTC'), ('hours.closed', :closed)").param("closed", TODAY.toString()).update();
        // waited for by the closed day, which only the stored hours have: outside 09:00-17:00 UTC "not open now"
        // holds before they are read too
        JsonNode hours = await(() -> api.get(PATH, HttpApi.ADMIN).json(),
                h -> h.path("closed").size() == 1 && h.path("closed").get(0).asString().equals(TODAY.toString()),
                "the stored hours applied");
        assertThat(hours.get("source").asString()).isEqualTo("ADMIN");
        assertThat(hours.get("open_now").asBoolean()).isFalse();

        jdbc.sql("delete from app_setting where key like 'hours.%'").update();
        await(() -> api.get(PATH, HttpApi.ADMIN).json(), h -> h.get("open_now").asBoolean(), "the hours removed");
    }

    @Test
    void hoursThatCannotBeReadAreA400WithTheReasonAndChangeNothing() {
        api.put(PATH, closedTodayAndTomorrow(), HttpApi.ADMIN);
        for (var bad : List.of(
                List.of("{\"weekly\": \"Mon-Fri 9-5\"}", "weekly \"Mon-Fri 9-5\" cannot be read"),
                List.of("{\"weekly\": \"Funday 09:00-17:00\"}", "\"Funday\" is not a weekday"),
                List.of("{\"weekly\": \"Mon 09:00-17:00\", \"zone\": \"Mars/Olympus\"}", "zone \"Mars/Olympus\""),
                List.of("{\"weekly\": \"Mon 09:00-17:00\", \"closed\": [\"25.12.2026\"]}", "closed \"25.12.2026\""),
                List.of("{\"weekly\": \"Mon 09:00-17:00\", \"closed\": \"2026-12-25\"}", ""),
                List.of("not json", ""))) {
            var response = api.put(PATH, bad.get(0), HttpApi.ADMIN);
            assertThat(response.status()).as(bad.get(0)).isEqualTo(400);
            assertThat(response.json().get("error").asString()).as(bad.get(0)).contains(bad.get(1));
        }
        JsonNode hours = api.get(PATH, HttpApi.ADMIN).json();
        assertThat(hours.get("weekly").asString()).isEqualTo("Mon-Sun 09:00-17:00");
        assertThat(hours.get("open_now").asBoolean()).isFalse();
        assertThat(api.put(PATH, closedTodayAndTomorrow()).status()).isEqualTo(401);
    }
}
