package org.answerdesk.audit;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Every admin action through the real app leaves an audit event; the trail refuses to be changed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditRetention retention;

    @Test
    void everyAdminActionLeavesAnAuditEvent() {
        var api = new HttpApi(port);
        long since = lastId();

        api.get("/api/faq", "Authorization", "Bearer wrong-token-" + UUID.randomUUID());
        api.postAs("/admin/login", "application/x-www-form-urlencoded", "token=wrong");
        assertThat(api.postAs("/admin/login", "application/x-www-form-urlencoded", "token=test-admin-token").status())
            .isEqualTo(303);
        long entry = api.addFaqEntry(json("question", "Do you sell gift cards for audits?",
                "answer", "Yes, from 10 EUR."), HttpApi.ADMIN).json().get("id").asLong();
        api.put("/api/faq/" + entry, json("question", "Do you sell gift cards for audits?",
                "answer", "Yes, from 15 EUR."), HttpApi.ADMIN);
        try {
            api.postAs("/api/faq/import", "text/csv", "question,answer\nDo you ship audit kits?,Yes.\n", HttpApi.ADMIN);
        } finally {
            api.delete("/api/faq/" + entry, HttpApi.ADMIN);
            // the import's entry too: the shared context's other classes ask questions of the FAQ
            for (JsonNode e : api.get("/api/faq", HttpApi.ADMIN).json()) {
                if ("Do you ship audit kits?".equals(e.get("question").asString())) {
                    api.delete("/api/faq/" + e.get("id").asLong(), HttpApi.ADMIN);
                }
            }
        }
        JsonNode handed = api.askWithoutAnAnswer("audit-" + UUID.randomUUID(), "Do you appraise antique pocket watches?")
            .json();
        long ticket = ticketOf(api, handed.get("conversation_id").asLong());
        api.post("/api/tickets/" + ticket + "/reply", json("text", "We don't, sorry.", "agent", "Ann"), HttpApi.ADMIN);
        api.post("/api/tickets/" + ticket + "/resolve", "{}", HttpApi.ADMIN);

        List<String> recorded = jdbc.sql("select actor || ' ' || action from audit_event where id > :id order by id")
            .param("id", since).query(String.class).list();
        assertThat(recorded).containsSubsequence(
                "anonymous SIGN_IN_FAILED", "anonymous SIGN_IN_FAILED", "admin (session) SIGN_IN",
                "admin (token) POST /api/faq", "admin (token) PUT /api/faq/" + entry,
                "admin (token) POST /api/faq/import", "admin (token) DELETE /api/faq/" + entry,
                "admin (token) POST /api/tickets/" + ticket + "/reply",
                "admin (token) POST /api/tickets/" + ticket + "/resolve");
        assertThat(jdbc.sql("select count(*) from audit_event where id > :id and address is null and actor <> 'system'")
            .param("id", since).query(Long.class).single()).as("every event says from where").isZero();

        JsonNode listed = api.get("/api/audit?limit=5", HttpApi.ADMIN).json().get("events");
        assertThat(listed).hasSize(5);
        assertThat(listed.get(0).get("action").asString()).isEqualTo("POST /api/tickets/" + ticket + "/resolve");
        assertThat(api.get("/api/audit").status()).as("admin only").isEqualTo(401);
        assertThat(api.get("/api/audit?limit=0", HttpApi.ADMIN).status()).isEqualTo(400);
    }

    @Test
    void theTrailIsAppendOnlyButForItsRetention() {
        jdbc.sql("insert into audit_event (actor, action) values ('system', 'TEST')").update();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'changed'").update())
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).hasMessageContaining("append-only");
        assertThat(lastId()).isPositive();

        assertThat(retention.deleteBefore(Instant.now().plusSeconds(60))).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isZero();
    }

    private long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    private static long ticketOf(HttpApi api, long conversation) {
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == conversation) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError("no ticket for conversation " + conversation);
    }
}
