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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.answerdesk.faq.FaqDraft;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.faq.FaqService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An FAQ entry with one phrasing gets more from the LLM (WireMock as an OpenAI-compatible server): the lines that
 * fit it are stored as the LLM's and answer customers at once; lines that are another entry's phrasing, or nearly as
 * close to another entry, are not;
 * the entry is asked about once, and again when the model failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.llm.propose-interval=300ms", "answerdesk.faq.adapt=false"})
// In the side lane: its context and model fake are its own.
@SideLane
class PhrasingProposalsIT {

    static final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        llm.start();
        // every other entry with few phrasings gets a reply with nothing worth keeping
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(10)
                .willReturn(completion("ok")));
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
    FaqService faq;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PhrasingProposals proposals;

    @Test
    void phrasingsThatFitTheEntryAreKeptAndAnswerAtOnce() {
        String question = "Do you offer engraving?";
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(question))
                .willReturn(completion("""
                        1. Can you engrave a name on the ring I buy?
                        2. How do I cancel my order?
                        3. "Where is my order?"
                        4. Could you personalise my purchase with an engraving?""")));
        FaqEntry entry = faq.create(new FaqDraft(question, "Yes: engraving is free on every ring and watch.", null,
                List.of(), List.of()));

        await(() -> sources(entry.id()), s -> s.size() == 2, "the entry's phrasings with one from the LLM");
        assertThat(sources(entry.id())).containsEntry(question, "OWNER")
                .containsEntry("Could you personalise my purchase with an engraving?", "LLM")
                // about as close to the sample FAQ's "can i return engraved stuff" (returns): it would blur the two
                .doesNotContainKey("Can you engrave a name on the ring I buy?")
                // other entries' phrasings
                .doesNotContainKey("How do I cancel my order?").doesNotContainKey("Where is my order?");
        // asked once: the entry is not taken again while it stays unchanged
        long after = proposals.completedRounds();
        await(() -> proposals.completedRounds(), n -> n >= after + 2, "two more proposal rounds");
        llm.verify(1, postRequestedFor(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing(question)));

        var reply = new HttpApi(port).post("/api/chat", json("session_id", "engrave-" + UUID.randomUUID(),
                "message", "Could you personalise my purchase with an engraving?")).json();
        assertThat(reply.get("source").asText()).isEqualTo("FAQ");
        assertThat(reply.get("reply").asText()).contains("engraving is free");
    }

    @Test
    void anEntryWhoseModelFailedIsAskedAgainAndKeepsItsPhrasings() {
        String question = "Do you sell gift wrapping paper?";
        var failing = llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(question)).willReturn(aResponse().withStatus(500)));
        try {
            FaqEntry entry = faq.create(new FaqDraft(question, "Yes, in three colours.", null, List.of(), List.of()));

            // two attempts a round (the fallback's retry), and a second round after the entry was given back
            await(() -> llm.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                    .withRequestBody(containing(question))).size(), n -> n >= 4, "the entry asked about again");
            assertThat(sources(entry.id())).containsOnlyKeys(question);
        } finally {
            // the model recovers: a round given back for this entry must not hold back the next test's entry
            llm.removeStub(failing);
        }
    }

    private Map<String, String> sources(long entryId) {
        return jdbc.sql("select text, source from faq_phrasing where entry_id = :e").param("e", entryId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder completion(String text) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(FakeOpenAi.completion(text));
    }
}
