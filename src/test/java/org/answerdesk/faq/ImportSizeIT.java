package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.AsksForFaqHealth;
import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin page previews a file before importing it: the preview takes every file the import takes (the import's
 * body limit, not the chat's 64 KB), and refuses what the import refuses.
 */
@AsksForFaqHealth
@SideLane
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SideLane.ALONE + "ImportSizeIT")
class ImportSizeIT {

    @LocalServerPort
    int port;

    @Test
    void aCsvOverTheChatLimitIsPreviewedAndImported() {
        HttpApi api = new HttpApi(port);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("question,answer,category\n");
        // about 36 KB an answer, so that three rows pass the chat's limit: every row is an entry to delete after, and
        // each delete rebuilds the context's index of the sample FAQ
        String longAnswer = "Part numbers are printed on the label inside the lid; order them in the spare-parts shop. ".repeat(400);
        for (int i = 0; csv.length() < 100_000; i++) {
            csv.append("Do you stock spare part number ").append(i).append(" for the model").append(' ').append(tag).append("?,")
                    .append('"').append(longAnswer).append(i).append("\",spare parts\n");
        }
        assertThat(csv.length()).isGreaterThan(64 * 1024);

        var preview = api.postAs("/api/faq/import/preview", "text/csv", csv.toString(), HttpApi.ADMIN);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("after").get("entries").asInt())
                .isGreaterThan(preview.json().get("before").get("entries").asInt());
        try {
            var imported = api.postAs("/api/faq/import", "text/csv", csv.toString(), HttpApi.ADMIN);
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("imported").asInt()).isPositive();
        } finally {
            // the context is this class's own (SideLane.ALONE); each delete is still checked
            for (var entry : api.get("/api/faq", HttpApi.ADMIN).json()) {
                if (entry.get("question").asString().contains(tag)) {
                    assertThat(api.delete("/api/faq/" + entry.get("id").asLong(), HttpApi.ADMIN).status())
                            .isEqualTo(204);
                }
            }
        }
    }

    @Test
    void aCsvOverTheImportLimitIsRefusedByBoth() {
        HttpApi api = new HttpApi(port);
        String huge = "question,answer\n" + ("Is this too big?,\"" + "x".repeat(1000) + "\"\n").repeat(5300);
        assertThat(api.postAs("/api/faq/import/preview", "text/csv", huge, HttpApi.ADMIN).status()).isEqualTo(413);
        assertThat(api.postAs("/api/faq/import", "text/csv", huge, HttpApi.ADMIN).status()).isEqualTo(413);
    }
}
