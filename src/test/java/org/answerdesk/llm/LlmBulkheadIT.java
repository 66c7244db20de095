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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.HeldResponses;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulkhead on LLM calls: with two calls allowed in flight, WireMock as the OpenAI server holds every
 * completion until the test lets go. Five questions at once: two reach the model, three are handed to a person
 * at once, while the two are still waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// In the side lane: its context and model fake are its own.
@SideLane
class LlmBulkheadIT {

    static final int IN_FLIGHT = 2;
    static final int EXTRA = 3;
    static final HeldResponses held = new HeldResponses();
    static final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort().extensions(held));

    static {
        llm.start();
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(LlmFallbackIT.completion("Held answer."))
                .withTransformers("held")));
    }

    @DynamicPropertySource
    static void llmProperties(DynamicPropertyRegistry registry) {
        FakeOpenAi.register(registry, llm, "60s");
        registry.add("answerdesk.llm.max-concurrent-calls", () -> Integer.toString(IN_FLIGHT));
    }

    @AfterAll
    static void stop() {
        held.release();
        llm.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void questionsBeyondTheBulkheadAreHandedOffAtOnceInsteadOfQueueing() {
        var http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> asked = IntStream.range(0, IN_FLIGHT + EXTRA)
                .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json("session_id", "bulkhead-" + UUID.randomUUID(),
                                "message", "Which medieval castle in Scotland has the tallest tower?"))).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        // while the model holds its two calls, the other three are answered: by the handoff, not the model
        var early = await(() -> asked.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join).toList(),
                done -> done.size() == EXTRA && held.arrived() == IN_FLIGHT, "three answers while two calls are held");
        assertThat(early).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(body(r).get("source").asString()).isEqualTo("SYSTEM");
            assertThat(body(r).get("needs_human").asBoolean()).isTrue();
        });
        assertThat(held.arrived()).isEqualTo(IN_FLIGHT);

        held.release();
        var all = asked.stream().map(CompletableFuture::join).toList();
        assertThat(all.stream().map(r -> body(r).get("source").asString()))
                .containsExactlyInAnyOrder("LLM", "LLM", "SYSTEM", "SYSTEM", "SYSTEM");
        // each of the two chose among the entries first (the reply is no choice), then wrote its answer
        llm.verify(IN_FLIGHT, postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("FAQ excerpts")));
    }

    private static JsonNode body(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }
}
