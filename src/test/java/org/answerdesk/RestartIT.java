package org.answerdesk;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.answerdesk.db.DataDirs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database lives on disk: a restart keeps conversations, the FAQ and its embeddings. */
@WaitLane
class RestartIT {

    @Test
    void aRestartKeepsConversationsAndTheFaqAndDoesNotReembed() throws Exception {
        Path dataDir = DataDirs.startedOnce("restart-kept"); // the subject is the restart, not the first start's initdb
        long conversationId;
        long faqEntries;
        byte[] firstVector;
        try (var app = start(dataDir)) {
            var api = new HttpApi(port(app));
            conversationId = api.post("/api/chat", json("session_id", "restart-session", "message", "How do I track my order?"))
                    .json().get("conversation_id").asLong();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            faqEntries = jdbc.sql("select count(*) from faq_entry").query(Long.class).single();
            firstVector = jdbc.sql("select embedding from faq_phrasing order by id limit 1").query(byte[].class).single();
        }
        try (var app = start(dataDir)) {
            var api = new HttpApi(port(app));
            var again = api.post("/api/chat", json("session_id", "restart-session", "message", "And how long does shipping take?"))
                    .json();
            assertThat(again.get("conversation_id").asLong()).isEqualTo(conversationId);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from faq_entry").query(Long.class).single()).isEqualTo(faqEntries);
            assertThat(jdbc.sql("select count(*) from message where conversation_id = :c").param("c", conversationId)
                    .query(Long.class).single()).isEqualTo(4);
            assertThat(jdbc.sql("select embedding from faq_phrasing order by id limit 1").query(byte[].class).single())
                    .isEqualTo(firstVector);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(AnswerdeskApplication.class)
                .run("--server.port=0", "--answerdesk.data-dir=" + dataDir);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
