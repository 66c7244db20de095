package org.answerdesk.llm;

import java.nio.file.Path;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.redaction.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);

    @Bean
    LlmFallback llmFallback(LlmProperties properties, MeterRegistry meters, Redactor redactor) {
        // rewrites get a model of their own, with their shorter time-out: the customer waits for them
        LlmFallback fallback = new LlmFallback(chatModel(properties, properties.timeout()),
                chatModel(properties, properties.rewriteTimeout()), properties,
                new PromptTemplates(Path.of(properties.promptsDir())), meters, redactor);
        log.info("LLM fallback: {}", fallback.describe());
        return fallback;
    }

    private static ChatModel chatModel(LlmProperties p, java.time.Duration timeout) {
        return switch (p.provider()) {
            case NONE -> null;
            case OPENAI -> OpenAiChatModel.builder()
                .baseUrl(required(p.baseUrl(), "ANSWERDESK_LLM_BASE_URL"))
                .apiKey(p.apiKey() == null || p.apiKey().isBlank() ? "unused" : p.apiKey())
                .modelName(required(p.model(), "ANSWERDESK_LLM_MODEL"))
                .timeout(timeout)
                .maxRetries(0) // LlmFallback retries once itself, for every provider alike
                .build();
            case OLLAMA -> OllamaChatModel.builder()
                .baseUrl(p.baseUrl() == null || p.baseUrl().isBlank() ? "http://localhost:11434" : p.baseUrl())
                .modelName(required(p.model(), "ANSWERDESK_LLM_MODEL"))
                .timeout(timeout)
                .maxRetries(0)
                .build();
        };
    }

    private static String required(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " must be set when ANSWERDESK_LLM_PROVIDER is not none");
        }
        return value;
    }
}
