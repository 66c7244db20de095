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
 * Text the owner sends that cannot be stored (a NUL) or read (a CSV quote never closed) is a 400 with the reason, on
 * every way in: a new entry, a CSV or Markdown import and its preview (which agree), and a ticket reply. Nothing is
 * stored from a refused request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SideLane.OWN_CONTEXT)
// Side lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@SideLane
class FaqBadInputIT {

    @LocalServerPort
    int port;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void aNulInANewEntryIsRefusedWithItsReason() {
        int before = entries();
        var answer = api.addFaqEntry(json("question", "Do you ship to Iceland?\u0000",
                "answer", "Yes, in five days."), HttpApi.ADMIN);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).contains("question").contains("U+0000");
        var phrasing = api.addFaqEntry(json("question", "Do you ship to Iceland?", "answer", "Yes.",
                "phrasings", java.util.List.of("ship\u0000 to iceland")), HttpApi.ADMIN);
        assertThat(phrasing.status()).isEqualTo(400);
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aCsvWithAQuoteNeverClosedIsRefusedByThePreviewAndTheImportAlike() {
        String csv = "question,answer\n\"Do you ship to Iceland?,Yes in five days.\nDo you ship to Malta?,Yes.\n";
        assertRefusedByPreviewAndImport("text/csv", csv, "unterminated");
    }

    @Test
    void aNulInACsvOrMarkdownImportIsRefusedByThePreviewAndTheImportAlike() {
        assertRefusedByPreviewAndImport("text/csv",
                "question,answer\nDo you ship to Iceland?,Yes\u0000 in five days.\n", "U+0000");
        assertRefusedByPreviewAndImport("text/markdown",
                "# Shipping\n\n## Do you ship to Iceland?\n\nYes\u0000 in five days.\n", "U+0000");
    }

    @Test
    void aNulInATicketReplyIsRefusedWithItsReason() {
        JsonNode first = api.askWithoutAnAnswer("nul-" + UUID.randomUUID(),
                "Can you engrave a brass compass for my grandfather?").json();
        assertThat(first.get("needs_human").asBoolean()).isTrue();
        long ticket = -1;
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == first.get("conversation_id").asLong()) {
                ticket = t.get("id").asLong();
            }
        }
        var reply = api.post("/api/tickets/" + ticket + "/reply",
                json("text", "Yes\u0000, engraving costs 10 EUR.", "agent", "Ann"), HttpApi.ADMIN);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).contains("U+0000");
        assertThat(api.post("/api/tickets/" + ticket + "/reply",
                json("text", "Yes, engraving costs 10 EUR.", "agent", "Ann"), HttpApi.ADMIN).status()).isEqualTo(200);
    }

    private void assertRefusedByPreviewAndImport(String type, String body, String reason) {
        int before = entries();
        var preview = api.postAs("/api/faq/import/preview", type, body, HttpApi.ADMIN);
        var imported = api.postAs("/api/faq/import", type, body, HttpApi.ADMIN);
        assertThat(preview.status()).as(preview.body()).isEqualTo(400);
        assertThat(imported.status()).as(imported.body()).isEqualTo(400);
        assertThat(preview.json().get("error").asString()).contains(reason);
        assertThat(imported.json().get("error").asString()).isEqualTo(preview.json().get("error").asString());
        assertThat(entries()).isEqualTo(before);
    }

    private int entries() {
        return api.get("/api/faq", HttpApi.ADMIN).json().size();
    }
}
