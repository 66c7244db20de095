package org.answerdesk.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Knowledge passages in the LLM fallback (WireMock as the model): the model receives them numbered, its citations
 * reach the customer as links, and an answer that cites nothing it was given goes to a person instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeCitationsIT {

    static final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        llm.start();
    }

    @DynamicPropertySource
    static void llmProperties(DynamicPropertyRegistry registry) {
        FakeOpenAi.register(registry, llm, "1500ms");
    }

    @AfterAll
    static void stop() {
        llm.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static long source;

    @BeforeEach
    void reset() {
        llm.resetAll();
        if (source == 0) {
            source = upload();
        }
    }

    @Test
    void thePassagesReachTheModelAndItsCitationsTheCustomerAsLinks() {
        reply("The Saturday sourdough class costs 45 EUR per person [1, 2, 3, 4, 5, 6, 7, 8, 9].");

        JsonNode body = ask("What does your Saturday sourdough baking class cost per person?");

        assertThat(body.get("source").asString()).isEqualTo("LLM");
        assertThat(body.get("reply").asString()).startsWith("The Saturday sourdough class costs 45 EUR per person (")
                .contains("[Cooking classes](https://shop.example/classes#sourdough-class)").doesNotContain("[9]");
        llm.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("Numbered excerpts"))
                .withRequestBody(containing("From \\\"Cooking classes\\\""))
                .withRequestBody(containing("45 EUR per person, flour and aprons included")));
    }

    @Test
    void anAnswerCitingNothingGivenGoesToAPerson() {
        reply("The Saturday sourdough class costs 45 EUR per person.");

        JsonNode body = ask("What does your Saturday sourdough baking class cost per person?");

        assertThat(body.get("source").asString()).isEqualTo("SYSTEM");
        assertThat(body.get("needs_human").asBoolean()).isTrue();
        assertThat(body.get("reply").asString()).doesNotContain("45 EUR");
        String reason = jdbc.sql("select reason from handoff where conversation_id = :c")
                .param("c", body.get("conversation_id").asLong()).query(String.class).single();
        assertThat(reason).contains("cited none");
    }

    private void reply(String text) {
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(FakeOpenAi.completion(text))));
    }

    private long upload() {
        String boundary = "----kb" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"classes.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n# Cooking classes\n\n## Sourdough class\n\nOur Saturday sourdough "
                + "baking class runs from 10:00 to 14:00 in the Leeds shop and costs 45 EUR per person, flour and "
                + "aprons included.\n\n## Knife skills\n\nThe knife skills evening runs on the first Thursday of "
                + "each month.\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n"
                + "https://shop.example/classes\r\n--" + boundary + "--\r\n";
        var api = new HttpApi(port);
        var created = api.postAs("/api/knowledge/sources", "multipart/form-data; boundary=" + boundary, body,
                HttpApi.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        long id = created.json().get("id").asLong();
        await(() -> api.get("/api/knowledge/sources/" + id, HttpApi.ADMIN).json(),
                s -> s.get("status").asString().equals("OK") && s.get("passages").asInt() == 2, "the upload read");
        return id;
    }

    private JsonNode ask(String question) {
        return new HttpApi(port).post("/api/chat", json("session_id", "kc-" + UUID.randomUUID(), "message", question))
                .json();
    }
}
