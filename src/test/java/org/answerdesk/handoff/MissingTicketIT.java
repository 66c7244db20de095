package org.answerdesk.handoff;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A conversation that waits for a person without a ticket (handed over by the previous version, whose ticket was to
 * be opened after the commit by a listener that no longer exists) gets one at start, once, however often it runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MissingTicketIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HandoffService handoffs;

    @Test
    void aConversationWaitingWithoutATicketGetsOneAtStartAndOnlyOne() {
        var reply = new HttpApi(port).post("/api/chat", json("session_id", "missing-" + UUID.randomUUID(),
                "message", "I want to talk to a human")).json();
        long conversation = reply.get("conversation_id").asLong();
        assertThat(reply.get("needs_human").asBoolean()).isTrue();
        // as the previous version left it when it stopped between the reply and the ticket
        jdbc.sql("delete from handoff where conversation_id = :c").param("c", conversation).update();

        handoffs.openMissingTickets();
        handoffs.openMissingTickets(); // a second instance starting, or the next start

        assertThat(jdbc.sql("select reason from handoff where conversation_id = :c and resolved_at is null")
                .param("c", conversation).query(String.class).list()).containsExactly(HandoffService.MISSING_TICKET);
    }
}
