package org.answerdesk.knowledge;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What the knowledge ITs share, in the wait lane's own cached context: the admin API, a {@link ShopSite} per test, the
 * sources a test adds (deleted after it), and the ways to add, upload, wait for and look into a source.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WaitLane.OWN_CONTEXT)
abstract class KnowledgeSourcesFixture {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    ShopSite site;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void startSite() throws Exception {
        api = new HttpApi(port);
        site = new ShopSite();
    }

    @AfterEach
    void removeSources() {
        created.forEach(id -> api.delete("/api/knowledge/sources/" + id, HttpApi.ADMIN));
        site.close();
    }

    /** Adds a website by its URL; the source's id. */
    long addSite(String url) {
        return created(api.post("/api/knowledge/sources", json("url", url), HttpApi.ADMIN));
    }

    /** Uploads a file, published at {@code publishedAt} unless null; the source's id. */
    long upload(String name, String contentType, String content, String publishedAt) {
        String boundary = "----kb" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n" + content + "\r\n--" + boundary
                + (publishedAt == null ? "" : "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n" + publishedAt
                + "\r\n--" + boundary) + "--\r\n";
        return created(api.postAs("/api/knowledge/sources", "multipart/form-data; boundary=" + boundary, body,
                HttpApi.ADMIN));
    }

    long created(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        long id = response.json().get("id").asLong();
        created.add(id);
        return id;
    }

    /** The source once its sync has ended. */
    JsonNode read(long id) {
        return await(() -> api.get("/api/knowledge/sources/" + id, HttpApi.ADMIN).json(),
                s -> !s.get("sync_pending").asBoolean() && !s.get("status").asString().equals("SYNCING"),
                "source " + id + " read");
    }

    String status(long id) {
        return api.get("/api/knowledge/sources/" + id, HttpApi.ADMIN).json().get("status").asString();
    }

    List<String> pageUrls(long id) {
        return jdbc.sql("select url from knowledge_page where source_id = :s").param("s", id).query(String.class)
                .list();
    }

    List<Map<String, Object>> passages(long id) {
        return jdbc.sql("""
                        select x.title, x.headings, x.url, x.text, x.held, x.review from knowledge_passage x
                        join knowledge_page p on p.id = x.page_id where p.source_id = :s""")
                .param("s", id).query().listOfRows();
    }

    JsonNode chat(String question) {
        return api.post("/api/chat", json("session_id", "kb-" + UUID.randomUUID(), "message", question)).json();
    }
}
