package org.answerdesk.handoff;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The handoff is decided in the transaction that stores the bot's reply, and the ticket opened after it commits.
 * If the app dies in between (here: opening the ticket fails, as it would in a crash), the decision is not lost:
 * the next start opens the ticket, and the customer still has exactly one answer.
 */
@SideLane
class HandoffReplayIT {

    @Test
    void aHandoffDecidedButNeverOpenedIsOpenedAtTheNextStart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "handoff-replay-");
        long conversation;
        try (var app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("""
                    create function refuse_handoff() returns trigger language plpgsql as
                    $$ begin raise exception 'the app died before the ticket was opened'; end $$""").update();
            jdbc.sql("create trigger refuse_handoff before insert on handoff for each row execute function refuse_handoff()")
                    .update();

            var reply = new HttpApi(port(app)).post("/api/chat",
                    json("session_id", "replay-1", "message", "I want to talk to a human")).json();
            conversation = reply.get("conversation_id").asLong();
            assertThat(reply.get("needs_human").asBoolean()).isTrue();
            assertThat(tickets(jdbc, conversation)).isZero();
            assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single()).isEqualTo(1);

            jdbc.sql("drop trigger refuse_handoff on handoff").update();
        }
        try (var app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Await.await(() -> tickets(jdbc, conversation), n -> n == 1, "the ticket opened after the restart");
            assertThat(jdbc.sql("select count(*) from message where conversation_id = :c and direction = 'OUT'")
                    .param("c", conversation).query(Long.class).single()).isEqualTo(1);
            Await.await(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single(), n -> n == 0, "the publication completed");
        }
    }

    private static long tickets(JdbcClient jdbc, long conversation) {
        return jdbc.sql("select count(*) from handoff where conversation_id = :c").param("c", conversation)
                .query(Long.class).single();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(AnswerdeskApplication.class)
                .run("--server.port=0", "--answerdesk.data-dir=" + dataDir);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
