package org.answerdesk.handoff;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.answerdesk.db.DataDirs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The handoff and its ticket commit together, in the transaction that stores the bot's reply. If the ticket cannot
 * be opened (here a trigger refuses it, as a failing database would), nothing of the answer is stored: no reply
 * announces a person while no ticket exists. The message stays due, and once the ticket can be opened a worker
 * answers it, with exactly one reply and one ticket, also across a restart.
 */
@WaitLane
class HandoffReplayIT {

    @Test
    void aTicketThatCannotBeOpenedLeavesNoReplyAndTheMessageIsAnsweredOnceItCan() throws Exception {
        Path dataDir = DataDirs.startedOnce("handoff-replay"); // the subject is the restart, not the first start's initdb
        long message;
        try (var app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("""
                    create function refuse_handoff() returns trigger language plpgsql as
                    $$ begin raise exception 'no ticket can be opened'; end $$""").update();
            jdbc.sql("create trigger refuse_handoff before insert on handoff for each row execute function refuse_handoff()")
                    .update();

            var response = new HttpApi(port(app)).post("/api/chat",
                    json("session_id", "replay-1", "message", "I want to talk to a human"));
            assertThat(response.status()).as(response.body()).isGreaterThanOrEqualTo(500);
            message = jdbc.sql("""
                    select m.id from message m join conversation c on c.id = m.conversation_id
                    where c.external_key = 'replay-1' and m.direction = 'IN'""").query(Long.class).single();
            assertThat(replies(jdbc, message)).isZero();
            assertThat(tickets(jdbc, message)).isZero();

            jdbc.sql("drop trigger refuse_handoff on handoff").update();
        }
        try (var app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Await.await(() -> tickets(jdbc, message), n -> n == 1, "the ticket, once it can be opened");
            assertThat(replies(jdbc, message)).isEqualTo(1);
        }
    }

    private static long replies(JdbcClient jdbc, long message) {
        return jdbc.sql("select count(*) from message where reply_to_id = :m").param("m", message)
                .query(Long.class).single();
    }

    private static long tickets(JdbcClient jdbc, long message) {
        return jdbc.sql("select count(*) from handoff h join message m on m.conversation_id = h.conversation_id where m.id = :m")
                .param("m", message).query(Long.class).single();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // a short claim, so the message the failed request had claimed is due again soon after the restart
        return new SpringApplicationBuilder(AnswerdeskApplication.class)
                .run("--server.port=0", "--answerdesk.data-dir=" + dataDir,
                        "--answerdesk.conversation.answer-lease=2s");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
