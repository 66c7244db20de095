package org.answerdesk.backup;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.TestDirs;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A backup taken from the running app over HTTP, restored at the start of a second app into a fresh data
 * directory (its own embedded PostgreSQL), answers from the copy: the FAQ entry added before the backup, and the
 * conversation with its messages and the file the customer sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WaitLane.OWN_CONTEXT)
// Wait lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@WaitLane
class BackupRestoreIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRestoredBackupAnswersFromTheCopy() throws Exception {
        var api = new HttpApi(port);
        // with its language (issue 51): a backup keeps it
        assertThat(api.addFaqEntry(json("question", "Do you rent kayaks for the backup lake?",
                "answer", "Yes: kayaks cost 20 EUR a day at the backup lake.", "language", "en"), HttpApi.ADMIN)
                .status()).isEqualTo(201);
        api.awaitFaqIndexed();
        String session = "backup-" + UUID.randomUUID();
        JsonNode asked = api.post("/api/chat", json("session_id", session, "message",
                "Do you rent kayaks for the backup lake?")).json();
        assertThat(asked.get("reply").asString()).contains("20 EUR");
        long messages = jdbc.sql("select count(*) from message where conversation_id = :c")
            .param("c", asked.get("conversation_id").asLong()).query(Long.class).single();
        byte[] photo = org.answerdesk.attachment.TestImages.png(16, 16, "kept");
        jdbc.sql("""
                insert into attachment (message_id, conversation_id, client, name, media_type, size_bytes, content)
                select id, conversation_id, 'web:test', 'kayak.png', 'image/png', :n, :b from message
                where conversation_id = :c and direction = 'IN'""")
            .param("c", asked.get("conversation_id").asLong()).param("n", photo.length).param("b", photo).update();

        Path dir = TestDirs.create("backup-");
        Path file = dir.resolve("answerdesk-backup.zip");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/backup"))
                .header(HttpApi.ADMIN[0], HttpApi.ADMIN[1]).build(), HttpResponse.BodyHandlers.ofFile(file));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/backup").status()).as("admin only").isEqualTo(401);

        try (var restored = new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--answerdesk.data-dir=" + dir.resolve("data"), "--answerdesk.backup.restore-from=" + file)) {
            int restoredPort = ((WebServerApplicationContext) restored).getWebServer().getPort();
            var copy = new HttpApi(restoredPort);
            JsonNode answer = copy.post("/api/chat", json("session_id", "after-" + UUID.randomUUID(), "message",
                    "Can I rent a kayak at the backup lake?")).json();
            assertThat(answer.get("source").asString()).isEqualTo("FAQ");
            assertThat(answer.get("reply").asString()).contains("kayaks cost 20 EUR");
            var restoredJdbc = restored.getBean(JdbcClient.class);
            assertThat(restoredJdbc.sql("""
                    select count(*) from message m join conversation c on c.id = m.conversation_id
                    where c.external_key = :s""").param("s", session).query(Long.class).single()).isEqualTo(messages);
            assertThat(restoredJdbc.sql("select content from attachment where name = 'kayak.png'")
                .query(byte[].class).single()).as("customers' files are in the backup").isEqualTo(photo);
            assertThat(restoredJdbc.sql("select count(*) from faq_entry").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from faq_entry").query(Long.class).single());
            assertThat(copy.get("/api/faq", HttpApi.ADMIN).json().valueStream()
                    .filter(e -> e.get("question").asString().equals("Do you rent kayaks for the backup lake?"))
                    .map(e -> e.get("language").asString()).toList()).as("the entry's language").containsExactly("en");
        }
    }
}
