package org.answerdesk.faq;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.OwnerDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * Replacing the whole FAQ through the admin API ({@code POST /api/faq/import?mode=replace}) and removing it
 * ({@code DELETE /api/faq?all=true}): one unit each, a bad file changes nothing, what pointed at a removed entry is
 * handled, and the change answers at once. In the owner's desk app (a database of its own); the sample FAQ is put
 * back after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = OwnerDesk.class)
class FaqReplaceIT {

    static final String KEPT = "How do I place an order?";
    static final String NEW_FILE = """
            question,answer,category,keywords,phrasings
            "Do you restore old wooden chairs?","Yes: bring the chair to our workshop; a quote takes two days.",repairs,chair;restore,"can you fix my grandmother's chair|chair restoration"
            "Which wood do you use for tables?","Oak and walnut from local mills, oiled by hand.",materials,oak;walnut,"what timber are your tables made of"
            """;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @AfterEach
    void putTheSampleBack() throws IOException {
        var restored = api.postAs("/api/faq/import?mode=replace", "text/csv", sample(), HttpApi.ADMIN);
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    }

    @Test
    void aReplacingImportLeavesOnlyTheFilesEntriesAndABadFileLeavesTheOldFaq() throws IOException {
        List<JsonNode> before = entries();
        assertThat(before.size()).isGreaterThanOrEqualTo(35);
        long keptId = before.stream().filter(e -> e.get("question").asString().equals(KEPT)).findFirst().orElseThrow()
                .get("id").asLong();

        // a customer's rated answer from an entry that the replacement removes
        String session = "replace-" + UUID.randomUUID();
        JsonNode answered = api.post("/api/chat", json("session_id", session, "message", "How do I reset my password?"))
                .json();
        assertThat(answered.get("source").asString()).isEqualTo("FAQ");
        long answerId = answered.get("message_id").asLong();
        assertThat(api.post("/api/feedback", json("session_id", session, "message_id", answerId, "vote", "up"))
                .status()).isLessThan(300);

        // bad files: a wrong header, a row without an answer, an unknown mode: 400, and nothing changed
        assertThat(api.postAs("/api/faq/import?mode=replace", "text/csv", "foo,bar\n1,2\n", HttpApi.ADMIN).status())
                .isEqualTo(400);
        var noAnswer = api.postAs("/api/faq/import?mode=replace", "text/csv",
                NEW_FILE + "\"A question without an answer?\",\"\"\n", HttpApi.ADMIN);
        assertThat(noAnswer.status()).isEqualTo(400);
        assertThat(noAnswer.json().get("error").asString()).contains("row 4");
        assertThat(api.postAs("/api/faq/import?mode=everything", "text/csv", NEW_FILE, HttpApi.ADMIN).status())
                .isEqualTo(400);
        assertThat(entries()).hasSameSizeAs(before);

        String keptRow = sample().lines().filter(l -> l.startsWith(KEPT + ",")).findFirst().orElseThrow();
        var replaced = api.postAs("/api/faq/import?mode=replace", "text/csv", NEW_FILE + keptRow + "\n", HttpApi.ADMIN);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("added").asInt()).isEqualTo(2);
        assertThat(replaced.json().get("unchanged").asInt()).isEqualTo(1);
        assertThat(replaced.json().get("removed").asInt()).isEqualTo(before.size() - 1);

        assertThat(api.get("/api/audit?limit=10", HttpApi.ADMIN).body()).contains("POST /api/faq/import?mode=replace");
        List<JsonNode> after = entries();
        assertThat(after).extracting(e -> e.get("question").asString()).containsExactlyInAnyOrder(KEPT,
                "Do you restore old wooden chairs?", "Which wood do you use for tables?");
        assertThat(after.stream().filter(e -> e.get("question").asString().equals(KEPT)).findFirst().orElseThrow()
                .get("id").asLong()).as("an entry the file keeps keeps its id").isEqualTo(keptId);

        // the change answers at once, the removed entries no longer do
        assertThat(chat("could you fix my grandmother's old wooden chair?").get("reply").asString())
                .contains("workshop");
        assertThat(chat("How do I reset my password?").get("reply").asString()).doesNotContain("reset link");
        // the customer's message, the answer and its vote stay; the answer no longer names a removed entry
        assertThat(jdbc.sql("select count(*) from feedback where message_id = :m").param("m", answerId)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select faq_entry_id from message where id = :m").param("m", answerId)
                .query(Long.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from faq_phrasing p where not exists "
                + "(select 1 from faq_entry e where e.id = p.entry_id)").query(Integer.class).single()).isZero();
    }

    @Test
    void theWholeFaqIsRemovedInOneStepAndOnlyWhenConfirmed() {
        int before = entries().size();
        assertThat(api.delete("/api/faq", HttpApi.ADMIN).status()).isEqualTo(400);
        assertThat(entries()).hasSize(before);
        assertThat(api.delete("/api/faq?all=true").status()).isEqualTo(401);

        var removed = api.delete("/api/faq?all=true", HttpApi.ADMIN);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("deleted").asInt()).isEqualTo(before);
        assertThat(entries()).isEmpty();
        assertThat(chat("How do I reset my password?").get("source").asString()).isNotEqualTo("FAQ");
        assertThat(api.get("/api/audit?limit=20", HttpApi.ADMIN).body()).contains("DELETE /api/faq");
    }

    private List<JsonNode> entries() {
        List<JsonNode> all = new ArrayList<>();
        api.get("/api/faq", HttpApi.ADMIN).json().forEach(all::add);
        return all;
    }

    private JsonNode chat(String message) {
        return api.post("/api/chat", json("session_id", "replace-" + UUID.randomUUID(), "message", message)).json();
    }

    private static String sample() throws IOException {
        try (InputStream in = FaqReplaceIT.class.getResourceAsStream("/db/sample-faq.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
