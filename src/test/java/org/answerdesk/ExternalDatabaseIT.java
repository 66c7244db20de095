package org.answerdesk;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * With {@code SPRING_DATASOURCE_URL} set, the app uses that PostgreSQL server (here a database on the one the tests
 * share) and starts no embedded one of its own: the schema, the sample FAQ and the conversations land there.
 */
@WaitLane
class ExternalDatabaseIT {

    @Test
    void usesTheConfiguredServerInsteadOfItsOwn() throws Exception {
        String database = SharedDatabase.newDatabase();
        Path appDataDir = TestDirs.create("external-app-");
        try (var app = new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--answerdesk.data-dir=" + appDataDir, "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            long conversation = new HttpApi(port).post("/api/chat",
                    json("session_id", "external", "message", "How do I reset my password?"))
                    .json().get("conversation_id").asLong();

            var direct = SharedDatabase.client(database);
            assertThat(direct.sql("select external_key from conversation where id = :id").param("id", conversation)
                    .query(String.class).single()).isEqualTo("external");
            assertThat(direct.sql("select count(*) from faq_entry").query(Long.class).single()).isEqualTo(40);
            assertThat(appDataDir.resolve("postgres")).doesNotExist();
        }
    }
}
