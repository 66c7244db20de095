package org.answerdesk.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.AfterAll;
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
 * The LLM chooses among the closest FAQ entries before it writes (prompts/choose.md), against WireMock as an
 * OpenAI-compatible server: a pick sends the entry's own answer; none, garbage, an id that was not offered and a
 * time-out all go on to the free-text answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// In the side lane: no other class has its settings, and its context polls none of the shared fakes.
@SideLane
class LlmChooseIT {

    static final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort());
    /** Not close enough to any sample entry for the FAQ to answer or to offer choices. */
    static final String QUESTION = "Which medieval castle in Scotland has the tallest tower?";
    static final String FREE_TEXT = "We do not sell car parts, sorry.";

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
    @Autowired
    FaqRetriever retriever;

    @BeforeEach
    void reset() {
        llm.resetAll();
        llm.stubFor(freeText().willReturn(ok(FREE_TEXT)));
    }

    static MappingBuilder choose() {
        return post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing("entry_id"));
    }

    static MappingBuilder freeText() {
        return post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing("FAQ excerpts"));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String text) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(FakeOpenAi.completion(text));
    }

    JsonNode ask() {
        return new HttpApi(port).post("/api/chat", json("session_id", "choose-" + UUID.randomUUID(), "message",
                QUESTION)).json();
    }

    @Test
    void aPickSendsTheEntrysOwnAnswerDecidedByTheModel() {
        var retrieval = retriever.retrieve(QUESTION);
        assertThat(retrieval.confident() || retrieval.clarify()).as("the FAQ alone does not answer it").isFalse();
        FaqMatch second = retrieval.matches().get(1); // not simply the best: the model's own decision
        llm.stubFor(choose().willReturn(ok("{\"entry_id\": " + second.entryId() + "}")));

        JsonNode body = ask();

        assertThat(body.get("source").asString()).isEqualTo("FAQ");
        assertThat(body.get("reply").asString()).isEqualTo(second.answer());
        assertThat(body.get("needs_human").asBoolean()).isFalse();
        var row = jdbc.sql("select faq_entry_id, model from message where id = :id")
                .param("id", body.get("message_id").asLong()).query().singleRow();
        assertThat(row.get("faq_entry_id")).isEqualTo(second.entryId());
        assertThat(row.get("model")).as("decided by the LLM").isEqualTo("test-model");
        // asked for JSON, with every candidate's id, and no free text was written
        llm.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing("entry_id"))
                .withRequestBody(containing("json_object"))
                .withRequestBody(containing("[id " + retrieval.matches().get(4).entryId() + "]")));
        llm.verify(0, postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("FAQ excerpts")));
    }

    @Test
    void noneGoesOnToTheFreeTextAnswer() {
        llm.stubFor(choose().willReturn(ok("{\"entry_id\": null}")));
        assertFreeText(ask());
    }

    @Test
    void garbageIsNoChoice() {
        llm.stubFor(choose().willReturn(ok("I think entry 3 fits best.")));
        assertFreeText(ask());
    }

    @Test
    void anIdThatWasNotOfferedIsNoChoice() {
        long notOffered = jdbc.sql("select max(id) + 1000 from faq_entry").query(Long.class).single();
        llm.stubFor(choose().willReturn(ok("{\"entry_id\": " + notOffered + "}")));
        assertFreeText(ask());
    }

    @Test
    void aTimeOutIsNoChoiceAndIsNotRetried() {
        llm.stubFor(choose().willReturn(ok("{\"entry_id\": null}").withFixedDelay(4000)));
        assertFreeText(ask());
        llm.verify(1, postRequestedFor(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing("entry_id")));
    }

    private void assertFreeText(JsonNode body) {
        assertThat(body.get("source").asString()).isEqualTo("LLM");
        assertThat(body.get("reply").asString()).isEqualTo(FREE_TEXT);
        llm.verify(1, postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("FAQ excerpts")));
    }
}
