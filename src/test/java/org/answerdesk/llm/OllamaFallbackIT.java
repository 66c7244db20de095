package org.answerdesk.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.answerdesk.SideLane;
import org.answerdesk.redaction.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code ollama} provider through langchain4j's Ollama client, against WireMock acting as an Ollama server. */
@SideLane
class OllamaFallbackIT {

    WireMockServer ollama;
    LlmFallback fallback;

    @BeforeEach
    void start() {
        ollama = new WireMockServer(wireMockConfig().dynamicPort());
        ollama.start();
        var properties = new LlmProperties(LlmProperties.Provider.OLLAMA, ollama.baseUrl(), null, "llama3.2",
                Duration.ofSeconds(2), "prompts", 6, 3, 4, false, Duration.ofMinutes(10), true, Duration.ofSeconds(2));
        fallback = new LlmConfiguration().llmFallback(properties, new SimpleMeterRegistry(), Redactor.payments());
    }

    @AfterEach
    void stop() {
        ollama.stop();
    }

    @Test
    void answersWithTheModelsTextAndTokenCounts() {
        ollama.stubFor(post(urlPathEqualTo("/api/chat")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"model":"llama3.2","created_at":"2026-11-22T10:00:00Z",
                         "message":{"role":"assistant","content":"We ship to Norway in 3-5 days."},
                         "done":true,"done_reason":"stop","prompt_eval_count":88,"eval_count":9}
                        """)));

        var answer = fallback.answer(new LlmQuestion("Do you ship to Norway?",
                List.of(new LlmQuestion.Turn(true, "Hi there")),
                List.of(new LlmQuestion.Context("Which countries do you ship to?", "EU, UK and US."))));

        assertThat(answer).hasValueSatisfying(a -> {
            assertThat(a.text()).isEqualTo("We ship to Norway in 3-5 days.");
            assertThat(a.tokensIn()).isEqualTo(88);
            assertThat(a.tokensOut()).isEqualTo(9);
            assertThat(a.declined()).isFalse();
        });
        ollama.verify(postRequestedFor(urlPathEqualTo("/api/chat"))
                .withRequestBody(containing("llama3.2"))
                .withRequestBody(containing("Do you ship to Norway?"))
                .withRequestBody(containing("EU, UK and US.")));
    }

    @Test
    void aFailingServerIsTriedTwiceThenGivesNoAnswer() {
        ollama.stubFor(post(urlPathEqualTo("/api/chat")).willReturn(aResponse().withStatus(503)));

        assertThat(fallback.answer(new LlmQuestion("Anything?", List.of(), List.of()))).isEmpty();
        ollama.verify(2, postRequestedFor(urlPathEqualTo("/api/chat")));
    }
}
