package org.answerdesk.channel.web;

import org.answerdesk.ReadsTheLog;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * How many SQL statements one web chat message costs the request that answers it, counted from
 * {@link JdbcTemplate}'s debug log on the request's thread (the rate limit's statement runs on a thread of its own
 * and is not counted; the commit is not a statement). A bound that fails when a change adds a read or a write to the
 * chat path: each is a round trip and PostgreSQL CPU on every message (docs/benchmarks.md, "What one chat message
 * costs PostgreSQL").
 */
@ReadsTheLog
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatStatementsIT {

    @LocalServerPort
    int port;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void anFaqHitIsOneStatement() {
        String s = "stmt-" + UUID.randomUUID();
        var statements = statementsOf(s, "How can I reset my password?");
        assertThat(statements.reply().get("source").asString()).isEqualTo("FAQ");
        // store_inbound stores the message with its answer; the answer is the message's only one, so nothing is read
        assertThat(statements.sql()).as("statements of an FAQ hit").hasSize(1);
        assertThat(statements.sql().get(0)).contains("store_inbound");
    }

    @Test
    void thanksAfterAnAnswerReadsTheDialogueStateOnceAndWritesItsActWithTheMessage() {
        String s = "stmt-" + UUID.randomUUID();
        api.post("/api/chat", json("session_id", s, "message", "How can I reset my password?"));
        var statements = statementsOf(s, "thanks, that worked!");
        assertThat(statements.reply().get("reply").asString()).startsWith("You're welcome!");
        // store_inbound (which read the conversation: the bot has it, so no person joined); the bot's last reply;
        // in one transaction the message handled with its act, the confirmation and the reply, stored sent (the
        // response delivers it: no outbox round); the reply as stored (the message's only one)
        assertThat(statements.sql()).as("statements of a thanks after an answer").hasSizeLessThanOrEqualTo(6);
        assertThat(statements.sql()).noneMatch(sql -> sql.contains("set act ="))
                .noneMatch(sql -> sql.contains("delivery_status = 'SENT'"))
                .noneMatch(sql -> sql.contains("from conversation where id ="));
    }

    /** The statements the request answering {@code text} ran on its thread, in order. */
    private RequestStatements statementsOf(String session, String text) {
        return RequestStatements.of(session, () -> {
            // as the chat page asks: with the browser's language, kept with the participant in the same statement
            var r = api.post("/api/chat", json("session_id", session, "message", text, "language", "en-GB"));
            assertThat(r.status()).isEqualTo(200);
            return r.json();
        });
    }
}
