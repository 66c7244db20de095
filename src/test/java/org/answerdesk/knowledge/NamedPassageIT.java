package org.answerdesk.knowledge;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A detail matters when the shop's own pages name it: the sample FAQ's delivery entry names the EU, the UK and the
 * US; a page of the shop's names Svalbard. Asked about Svalbard, the customer gets the page, cited; asked about
 * the UK, the FAQ's entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NamedPassageIT {

    @LocalServerPort
    int port;

    @Test
    void aPageNamingThePlaceAnswersInsteadOfTheGenericDeliveryEntry() {
        var api = new HttpApi(port);
        String boundary = "----kb" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"far.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n# Delivery to far places\n\n## Svalbard\n\nDelivery to "
                + "Svalbard takes nine to twelve days: parcels go by ship from Tromsø twice a week.\n\n"
                + "## Greenland\n\nDelivery to Greenland takes two to three weeks by air freight.\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n"
                + "https://shop.example/far\r\n--" + boundary + "--\r\n";
        var response = api.postAs("/api/knowledge/sources", "multipart/form-data; boundary=" + boundary, body,
                HttpApi.ADMIN);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        long id = response.json().get("id").asLong();
        try {
            await(() -> api.get("/api/knowledge/sources/" + id, HttpApi.ADMIN).json(),
                    s -> s.get("status").asString().equals("OK") && !s.get("sync_pending").asBoolean(), "synced");

            JsonNode far = api.post("/api/chat", json("session_id", "n-" + UUID.randomUUID(),
                    "message", "How long does shipping to Svalbard take?")).json();
            assertThat(far.get("source").asString()).isEqualTo("KNOWLEDGE");
            assertThat(far.get("reply").asString()).contains("Svalbard").contains("https://shop.example/far");

            JsonNode near = api.post("/api/chat", json("session_id", "n-" + UUID.randomUUID(),
                    "message", "How long does delivery take to the UK?")).json();
            assertThat(near.get("source").asString()).isEqualTo("FAQ");
        } finally {
            api.delete("/api/knowledge/sources/" + id, HttpApi.ADMIN);
        }
    }
}
