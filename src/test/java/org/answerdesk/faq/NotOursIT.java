package org.answerdesk.faq;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The owner's "not ours" questions over the FAQ admin API (the context of {@link FaqAdminIT}): a question nearer to
 * one of them than to any phrasing gets no FAQ answer, and deleting it restores the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
        long entry = api.post("/api/faq", json("question", "Do you restore antique walnut writing desks?",
                "answer", "Yes: our workshop restores walnut desks, quotes from 80 EUR."), HttpApi.ADMIN)
            .json().get("id").asLong();
        try {
            assertThat(chat(asked).get("reply").asString()).contains("80 EUR");

            var added = api.post("/api/faq/not-ours", json("question", notOurs), HttpApi.ADMIN);
            assertThat(added.status()).isEqualTo(201);
            long id = added.json().get("id").asLong();
            // the same question twice is stored once
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

    private JsonNode chat(String message) {
        return api.post("/api/chat", json("session_id", "not-ours-" + UUID.randomUUID(), "message", message)).json();
    }
}
