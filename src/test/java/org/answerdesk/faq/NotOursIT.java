package org.answerdesk.faq;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The owner's "not ours" questions over the FAQ admin API (the context of {@link FaqAdminIT}): a question nearer to
 * one of them than to any phrasing gets no FAQ answer, and deleting it restores the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SideLane.OWN_CONTEXT)
// Side lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@SideLane
class NotOursIT {

    @LocalServerPort
    int port;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void aNotOursQuestionKeepsItsNeighboursFromAnEntryUntilItIsDeleted() {
        String asked = "Do you repair the hinges of antique walnut writing desks?";
        String notOurs = "Do you repair hinges of antique writing desks?";
        long entry = api.addFaqEntry(json("question", "Do you restore antique walnut writing desks?",
                "answer", "Yes: our workshop restores walnut desks, quotes from 80 EUR."), HttpApi.ADMIN)
            .json().get("id").asLong();
        long id = -1;
        try {
            assertThat(chat(asked).get("reply").asString()).contains("80 EUR");

            // the bot answers it with the entry today: taking that answer away is said, not done silently
            var refused = api.post("/api/faq/not-ours", json("question", notOurs), HttpApi.ADMIN);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body()).contains("Do you restore antique walnut writing desks?").contains("force=true");
            assertThat(api.get("/api/faq/not-ours", HttpApi.ADMIN).json().toString()).doesNotContain(notOurs);

            var added = api.post("/api/faq/not-ours?force=true", json("question", notOurs), HttpApi.ADMIN);
            assertThat(added.status()).isEqualTo(201);
            id = added.json().get("id").asLong();
            // the same question twice is stored once (no longer answered, it needs no force)
            assertThat(api.post("/api/faq/not-ours", json("question", notOurs), HttpApi.ADMIN)
                    .json().get("id").asLong()).isEqualTo(id);
            assertThat(api.get("/api/faq/not-ours", HttpApi.ADMIN).json().toString())
                    .contains(notOurs);
            JsonNode reply = chat(asked);
            assertThat(reply.get("reply").asString()).doesNotContain("80 EUR");
            assertThat(reply.get("source").asString()).isNotEqualTo("FAQ");
            // the entry's own question is still nearer to the entry than to the "not ours" question
            assertThat(chat("Do you restore antique walnut writing desks?").get("reply").asString())
                    .contains("80 EUR");

            assertThat(api.delete("/api/faq/not-ours/" + id, HttpApi.ADMIN).status()).isEqualTo(204);
            assertThat(api.delete("/api/faq/not-ours/" + id, HttpApi.ADMIN).status()).isEqualTo(404);
            assertThat(chat(asked).get("reply").asString()).contains("80 EUR");
        } finally {
            // the shared context's other classes ask questions near this one: it must not outlive a failure
            if (id >= 0) {
                api.delete("/api/faq/not-ours/" + id, HttpApi.ADMIN);
            }
            api.delete("/api/faq/" + entry, HttpApi.ADMIN);
        }
    }

    @Test
    void refusesBadInputAndRequestsWithoutTheAdminToken() {
        assertThat(api.get("/api/faq/not-ours").status()).isEqualTo(401);
        assertThat(api.post("/api/faq/not-ours", json("question", "x")).status()).isEqualTo(401);
        var blank = api.post("/api/faq/not-ours", json("question", "  "), HttpApi.ADMIN);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("question");
        assertThat(api.post("/api/faq/not-ours", "{}", HttpApi.ADMIN).status()).isEqualTo(400);
        assertThat(api.post("/api/faq/not-ours", json("question", "y".repeat(501)), HttpApi.ADMIN).status())
                .isEqualTo(400);
    }

    @Test
    void refusesPoisonedQuestionsWithAReasonAndStoresNone() {
        int before = api.get("/api/faq/not-ours", HttpApi.ADMIN).json().size();
        var nul = api.post("/api/faq/not-ours", "{\"question\": \"do you sell\\u0000 insurance\"}", HttpApi.ADMIN);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body()).contains("control character");
        var escape = api.post("/api/faq/not-ours", "{\"question\": \"do you sell\\u001b[31m cars\"}", HttpApi.ADMIN);
        assertThat(escape.status()).isEqualTo(400);
        assertThat(api.post("/api/faq/not-ours", "{\"question\": ", HttpApi.ADMIN).status()).as("malformed JSON")
                .isEqualTo(400);
        assertThat(api.post("/api/faq/not-ours", "[\"do you sell cars\"]", HttpApi.ADMIN).status()).as("not an object")
                .isEqualTo(400);
        assertThat(api.post("/api/faq/not-ours", "{\"question\": {\"a\": 1}}", HttpApi.ADMIN).status())
                .as("not a string").isEqualTo(400);
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("{\"question\": \"do you sell ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xC0, (byte) 0x80});
        bytes.writeBytes(" cars\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var invalid = api.postBytes("/api/faq/not-ours", "application/json", bytes.toByteArray(), HttpApi.ADMIN);
        try {
            assertThat(invalid.status()).as("invalid UTF-8: refused, or stored as readable text").isIn(201, 400);
            var stored = api.get("/api/faq/not-ours", HttpApi.ADMIN).json();
            assertThat(stored.size()).isEqualTo(before + (invalid.status() == 201 ? 1 : 0));
            stored.forEach(q -> assertThat(q.get("question").asString()).doesNotContain("\u0000"));
        } finally {
            if (invalid.status() == 201) {
                api.delete("/api/faq/not-ours/" + invalid.json().get("id").asLong(), HttpApi.ADMIN);
            }
        }
    }

    private JsonNode chat(String message) {
        return api.post("/api/chat", json("session_id", "not-ours-" + UUID.randomUUID(), "message", message)).json();
    }
}
