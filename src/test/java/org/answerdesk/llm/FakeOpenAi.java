package org.answerdesk.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/** WireMock as an OpenAI-compatible chat server: the app's settings for it, and its replies. */
final class FakeOpenAi {

    private FakeOpenAi() {
    }

    /** Points the app's LLM at {@code llm}, with a call time-out of {@code timeout} (e.g. "1500ms"). */
    static void register(DynamicPropertyRegistry registry, WireMockServer llm, String timeout) {
        registry.add("answerdesk.llm.provider", () -> "openai");
        registry.add("answerdesk.llm.base-url", () -> llm.baseUrl() + "/v1");
        registry.add("answerdesk.llm.model", () -> "test-model");
        registry.add("answerdesk.llm.timeout", () -> timeout);
    }

    /** A chat completion whose answer is {@code text} (any characters; JSON-escaped here). */
    static String completion(String text) {
        String content = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"test-model-2025",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":123,"completion_tokens":17,"total_tokens":140}}
                """.formatted(content);
    }
}
