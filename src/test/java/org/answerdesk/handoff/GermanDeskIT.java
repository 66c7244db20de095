package org.answerdesk.handoff;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.answerdesk.dialogue.HandoffReasons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A handoff's reason is stored as a code and staff read it in the desk's language: a German shop's ticket says
 * why in German, and a row stored as English prose by an older version is migrated to its code. (The properties
 * are {@code LanguagesIT}'s, so the two share one app.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"answerdesk.languages=de,es",
        "answerdesk.conversation.ask-if-helped=true"})
// In the side lane, as LanguagesIT with the same context: no other class has its settings, and it polls none of
// the shared fakes.
@SideLane
class GermanDeskIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HandoffService handoffs;

    private long handedOver() {
        var reply = new HttpApi(port).post("/api/chat", json("session_id", "desk-" + UUID.randomUUID(),
                "message", "Ich möchte mit einem Menschen sprechen")).json();
        assertThat(reply.get("needs_human").asBoolean()).as(reply.toString()).isTrue();
        return reply.get("conversation_id").asLong();
    }

    private Ticket ticketOf(long conversation) {
        return handoffs.openTickets().stream().filter(t -> t.conversationId() == conversation).findFirst().orElseThrow();
    }

    @Test
    void aGermanDeskReadsWhyInGermanAndTheCodeIsStored() {
        long conversation = handedOver();

        assertThat(jdbc.sql("select reason from handoff where conversation_id = :c").param("c", conversation)
                .query(String.class).single()).isEqualTo(HandoffReasons.CUSTOMER_ASKED);
        assertThat(ticketOf(conversation).reason()).isEqualTo("der Kunde hat nach einer Person gefragt");
    }

    @Test
    void aReasonStoredAsEnglishProseIsMigratedToItsCode() throws IOException {
        long conversation = handedOver();
        jdbc.sql("update handoff set reason = 'the customer asked for a person' where conversation_id = :c")
                .param("c", conversation).update();

        jdbc.sql(Files.readString(Path.of("db/migration/V78__handoff_reason_codes.sql"))).update();

        assertThat(jdbc.sql("select reason from handoff where conversation_id = :c").param("c", conversation)
                .query(String.class).single()).isEqualTo(HandoffReasons.CUSTOMER_ASKED);
        assertThat(ticketOf(conversation).reason()).isEqualTo("der Kunde hat nach einer Person gefragt");
    }
}
