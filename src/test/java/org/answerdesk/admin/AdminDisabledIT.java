package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With no ANSWERDESK_ADMIN_TOKEN, nothing admin opens, whatever is sent; the public side works. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "answerdesk.admin.token=")
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class AdminDisabledIT {

    @LocalServerPort
    int port;

    @Test
    void theAdminApiMetricsAndPageAreOffAndSayHowToTurnThemOn() {
        var api = new HttpApi(port);
        for (String path : new String[] {"/api/faq", "/api/tickets", "/api/analytics", "/actuator/prometheus"}) {
            for (String[] headers : new String[][] {{}, {"Authorization", "Bearer "}, {"Authorization", "Bearer anything"}}) {
                var r = api.get(path, headers);
                assertThat(r.status()).as(path).isEqualTo(403);
                assertThat(r.json().get("error").asString()).as(path).contains("ANSWERDESK_ADMIN_TOKEN");
            }
        }
        var page = api.get("/admin");
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains("disabled").doesNotContain("kpi-conversations");
        var login = api.postAs("/admin/login", "application/x-www-form-urlencoded", "token=");
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.body()).contains("disabled");

        assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health").body()).doesNotContain("diskSpace", "components");
        assertThat(api.post("/api/chat", HttpApi.json("session_id", "admin-off-1", "message", "How do I reset my password?"))
                .status()).isEqualTo(200);
    }
}
