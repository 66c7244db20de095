package org.answerdesk.hours;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Outside business hours (today and tomorrow are holidays here), a customer handed to a person is told in their
 * own chat when the team is back; the ticket and the analytics say it was out of hours.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class BusinessHoursIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @DynamicPropertySource
    static void hours(DynamicPropertyRegistry registry) {
        registry.add("answerdesk.hours.weekly", () -> "Mon-Sun 09:00-17:00");
        registry.add("answerdesk.hours.zone", () -> "UTC");
        registry.add("answerdesk.hours.closed", () -> TODAY + "," + TODAY.plusDays(1));
    }

    @LocalServerPort
    int port;

    @Test
    void aHandoffOutsideTheHoursSaysWhenTheTeamIsBack() {
        var api = new HttpApi(port);
        long outOfHoursBefore = outOfHoursHandoffs(api);
        JsonNode reply = api.post("/api/chat", json("session_id", "hours-" + UUID.randomUUID(),
                "message", "I want to talk to a human")).json();
        assertThat(reply.get("needs_human").asBoolean()).isTrue();
        String back = TODAY.plusDays(2).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) + " " + TODAY.plusDays(2).getDayOfMonth();
        assertThat(reply.get("reply").asString()).contains("Our team is away right now")
                .contains(back).contains("09:00 (UTC)");

        long conversation = reply.get("conversation_id").asLong();
        JsonNode ticket = null;
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == conversation) {
                ticket = t;
            }
        }
        assertThat(ticket).isNotNull();
        assertThat(ticket.get("out_of_hours").asBoolean()).isTrue();
        assertThat(ticket.get("reply_expected_by").asString()).startsWith(TODAY.plusDays(2) + "T09:00");

        assertThat(outOfHoursHandoffs(api)).as("this handoff counted out of hours").isEqualTo(outOfHoursBefore + 1);
    }

    private static long outOfHoursHandoffs(HttpApi api) {
        return api.get("/api/analytics", HttpApi.ADMIN).json().get("handoffs").get("out_of_hours").asLong();
    }

    /** Hours the environment sets win: shown read-only, and the admin API refuses to change them. */
    @Test
    void hoursSetInTheEnvironmentAreReadOnlyOnTheAdminPage() {
        var api = new HttpApi(port);
        JsonNode hours = api.get("/api/settings/hours", HttpApi.ADMIN).json();
        assertThat(hours.get("source").asString()).isEqualTo("ENVIRONMENT");
        assertThat(hours.get("editable").asBoolean()).isFalse();
        assertThat(hours.get("weekly").asString()).isEqualTo("Mon-Sun 09:00-17:00");
        assertThat(hours.get("closed")).hasSize(2);
        var refused = api.put("/api/settings/hours", json("weekly", "Mon-Sun 00:00-23:59"), HttpApi.ADMIN);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asString()).contains("ANSWERDESK_HOURS_WEEKLY").contains("wins");
        assertThat(api.delete("/api/settings/hours", HttpApi.ADMIN).status()).isEqualTo(409);
        assertThat(api.get("/api/settings/hours", HttpApi.ADMIN).json().get("open_now").asBoolean()).isFalse();
    }
}
