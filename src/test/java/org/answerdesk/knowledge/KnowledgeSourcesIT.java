package org.answerdesk.knowledge;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Knowledge sources against a shop site served locally ({@link ShopSite}): the crawl within the site's rules, main
 * text split at headings, the broken pages each reported, a conditional re-sync that removes a deleted page, a
 * sitemap, uploads, bad input, and a passage answering a customer without an LLM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeSourcesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    ShopSite site;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        api = new HttpApi(port);
        site = new ShopSite();
    }

    @AfterEach
    void tearDown() {
        created.forEach(id -> api.delete("/api/knowledge/sources/" + id, HttpApi.ADMIN));
        site.close();
    }

    @Test
    void aSiteIsReadWithinItsRulesAnsweredFromAndResyncedConditionally() {
        JsonNode source = read(add(json("url", site.url("/"))));
        long id = source.get("id").asLong();

        assertThat(source.get("status").asString()).isEqualTo("OK");
        assertThat(pageUrls(id)).containsExactlyInAnyOrder(site.url("/"), site.url("/classes"),
                site.url("/returns"), site.url("/old-page"), site.url("/price-list.pdf"), site.url("/cafe"));
        assertThat(site.requested("/private/secret")).as("robots.txt disallows it").isZero();
        assertThat(source.get("error").asString()).contains("3 of 9 pages could not be read")
                .contains("redirect loop").contains("larger than").contains("no answer");
        var passages = passages(id);
        assertThat(passages).anySatisfy(p -> {
            assertThat(p.get("headings")).isEqualTo("Cooking classes › Sourdough class");
            assertThat(p.get("url")).isEqualTo(site.url("/classes") + "#sourdough");
            assertThat(p.get("text").toString()).contains("45 EUR per person");
        });
        assertThat(passages).noneSatisfy(p -> assertThat(p.get("text").toString())
                .containsAnyOf("cookies", "Copyright", "Free shipping"));
        assertThat(passages).anySatisfy(p -> assertThat(p.get("text").toString()).contains("crème brûlée")
                .contains("5 €"));
        assertThat(passages).anySatisfy(p -> {
            assertThat(p.get("title")).isEqualTo("Price list");
            assertThat(p.get("url")).isEqualTo(site.url("/price-list.pdf") + "#page=1");
            assertThat(p.get("text").toString()).contains("Gift card 25 EUR");
        });

        long knowledgeBefore = knowledgeOutcomes();
        JsonNode answer = chat("What does the sourdough class cost?");
        assertThat(answer.get("source").asString()).isEqualTo("KNOWLEDGE");
        assertThat(answer.get("reply").asString()).startsWith("From our **Cooking classes**: ").contains("45 EUR")
                .contains("](" + site.url("/classes") + "#sourdough)");
        assertThat(knowledgeOutcomes()).as("this conversation counted as answered from a passage")
                .isEqualTo(knowledgeBefore + 1);

        site.removeOldPage();
        assertThat(api.post("/api/knowledge/sources/" + id + "/sync", "", HttpApi.ADMIN).status()).isEqualTo(202);
        JsonNode again = read(id);
        assertThat(pageUrls(id)).doesNotContain(site.url("/old-page")).contains(site.url("/returns"));
        assertThat(site.requested("/returns")).isEqualTo(2);
        assertThat(site.bodiesSent("/returns")).as("the unchanged page answered 304").isEqualTo(1);
        assertThat(again.get("pages").asInt()).isEqualTo(5);

        assertThat(api.delete("/api/knowledge/sources/" + id, HttpApi.ADMIN).status()).isEqualTo(204);
        assertThat(api.get("/api/knowledge/sources/" + id, HttpApi.ADMIN).status()).isEqualTo(404);
        assertThat(passages(id)).isEmpty();
        await(() -> chat("What does the sourdough class cost?").get("source").asString(),
                s -> !s.equals("KNOWLEDGE"), "the deleted source's passages unloaded");
    }

    @Test
    void aSitemapIsReadAndItsMissingPageReported() {
        JsonNode source = read(add(json("url", site.url("/sitemap.xml"))));

        assertThat(source.get("status").asString()).isEqualTo("OK");
        assertThat(source.get("pages").asInt()).isEqualTo(1);
        assertThat(source.get("error").asString()).contains("1 of 2 pages").contains("HTTP 404")
                .contains(site.url("/missing"));
    }

    @Test
    void aSiteThatNeverAnswersFailsWithAClearStatus() {
        JsonNode source = read(add(json("url", site.url("/slow"))));

        assertThat(source.get("status").asString()).isEqualTo("FAILED");
        assertThat(source.get("error").asString()).contains("no answer from").contains("/slow");
        assertThat(source.get("pages").asInt()).isZero();
    }

    @Test
    void aMarkdownUploadIsSplitAtItsHeadingsWithAnchors() {
        String boundary = "----kb" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"care.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n# Caring for cast iron\n\n## Washing it\n\nRinse with hot water "
                + "and dry the pan on the hob.\n\n## Seasoning\n\nRub in a thin coat of oil once a month.\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n"
                + "https://shop.example/care\r\n--" + boundary + "--\r\n";
        var response = api.postAs("/api/knowledge/sources", "multipart/form-data; boundary=" + boundary, body,
                HttpApi.ADMIN);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        long id = response.json().get("id").asLong();
        created.add(id);

        assertThat(read(id).get("status").asString()).isEqualTo("OK");
        assertThat(passages(id)).anySatisfy(p -> {
            assertThat(p.get("title")).isEqualTo("Caring for cast iron");
            assertThat(p.get("headings")).isEqualTo("Caring for cast iron › Washing it");
            assertThat(p.get("url")).isEqualTo("https://shop.example/care#washing-it");
        });
        var drafts = api.post("/api/knowledge/sources/" + id + "/drafts", "", HttpApi.ADMIN);
        assertThat(drafts.status()).as("drafts need an LLM").isEqualTo(409);
        assertThat(drafts.body()).contains("none is configured");
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertThat(api.post("/api/knowledge/sources", json("url", site.url("/"))).status()).isEqualTo(401);
        var file = api.post("/api/knowledge/sources", json("url", "file:///etc/passwd"), HttpApi.ADMIN);
        assertThat(file.status()).isEqualTo(400);
        assertThat(file.body()).contains("only http and https");
        assertThat(api.post("/api/knowledge/sources", "{}", HttpApi.ADMIN).status()).isEqualTo(400);
        String boundary = "----kb" + UUID.randomUUID();
        var image = api.postAs("/api/knowledge/sources", "multipart/form-data; boundary=" + boundary,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\nPNG\r\n--" + boundary + "--\r\n", HttpApi.ADMIN);
        assertThat(image.status()).isEqualTo(415);
        assertThat(api.post("/api/knowledge/sources/987654/sync", "", HttpApi.ADMIN).status()).isEqualTo(404);
    }

    private long add(String body) {
        var response = api.post("/api/knowledge/sources", body, HttpApi.ADMIN);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        long id = response.json().get("id").asLong();
        created.add(id);
        return id;
    }

    /** The source once its sync has ended. */
    private JsonNode read(long id) {
        return await(() -> api.get("/api/knowledge/sources/" + id, HttpApi.ADMIN).json(),
                s -> !s.get("sync_pending").asBoolean() && !s.get("status").asString().equals("SYNCING"),
                "source " + id + " read");
    }

    private List<String> pageUrls(long id) {
        return jdbc.sql("select url from knowledge_page where source_id = :s").param("s", id).query(String.class)
                .list();
    }

    private List<Map<String, Object>> passages(long id) {
        return jdbc.sql("""
                        select x.title, x.headings, x.url, x.text from knowledge_passage x
                        join knowledge_page p on p.id = x.page_id where p.source_id = :s""")
                .param("s", id).query().listOfRows();
    }

    private long knowledgeOutcomes() {
        return api.get("/api/analytics", HttpApi.ADMIN).json().get("outcomes").path("KNOWLEDGE").asLong();
    }

    private JsonNode chat(String question) {
        return api.post("/api/chat", json("session_id", "kb-" + UUID.randomUUID(), "message", question)).json();
    }
}
