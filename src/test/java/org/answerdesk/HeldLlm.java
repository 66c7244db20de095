package org.answerdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An OpenAI-compatible LLM stand-in (WireMock) whose answers are held until the test releases them, and the
 * settings that point the app at it. Each subclass (one per test class) has its own server and latch.
 */
public abstract class HeldLlm implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ANSWER = "Our bakery opens at 7.";
    /** A question the sample FAQ cannot answer, so it goes to the LLM. */
    public static final String OFF_TOPIC = "Which medieval castle in Scotland has the tallest tower?";

    private final WireMockServer server;

    protected HeldLlm(HeldResponses held) {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(held));
        server.start();
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"c1","object":"chat.completion","created":1700000000,"model":"test-model",
                         "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},
                         "finish_reason":"stop"}],"usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}
                        """.formatted(ANSWER)).withTransformers("held")));
    }

    /**
     * The stand-in of the channel classes whose context shares it ({@code TelegramSlowLlmIT}, {@code SlackSlowLlmIT}:
     * one context with both channels' fakes instead of one each). Each class takes a round of its own
     * ({@link HeldResponses#holdAgain()} before, {@link HeldResponses#release()} after).
     */
    public static final class Shared extends HeldLlm {

        public static final HeldResponses HELD = new HeldResponses();

        public Shared() {
            super(HELD);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("answerdesk.llm.provider=openai", "answerdesk.llm.base-url=" + server.baseUrl() + "/v1",
                "answerdesk.llm.model=test-model", "answerdesk.llm.timeout=60s").applyTo(context);
    }
}
