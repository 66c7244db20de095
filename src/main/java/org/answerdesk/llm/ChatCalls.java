package org.answerdesk.llm;

import java.util.Optional;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.redaction.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request to the chat model, tried up to a number of times: what is sent is masked first, a blank or failed
 * reply is tried again, and the tokens used are counted. Empty when every attempt failed.
 */
final class ChatCalls {

    // the model's calls log under one name, whichever class makes them
    private static final Logger log = LoggerFactory.getLogger(LlmFallback.class);

    private final ChatModel model;
    private final String modelName;
    /** The model for logs, without secrets ({@link LlmFallback#describe}). */
    private final String described;
    private final MeterRegistry meters;
    private final Redactor redactor;

    ChatCalls(ChatModel model, String modelName, String described, MeterRegistry meters, Redactor redactor) {
        this.model = model;
        this.modelName = modelName;
        this.described = described;
        this.meters = meters;
        this.redactor = redactor;
    }

    Optional<LlmAnswer> ask(ChatRequest unmasked, int attempts) {
        ChatRequest request = unmasked.toBuilder().messages(unmasked.messages().stream().map(this::masked).toList())
                .build();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                ChatResponse response = model.chat(request);
                String text = response.aiMessage() == null ? null : response.aiMessage().text();
                if (text == null || text.isBlank()) {
                    log.warn("LLM {} returned an empty answer (attempt {})", described, attempt);
                    continue;
                }
                var usage = response.tokenUsage();
                if (usage != null && usage.inputTokenCount() != null) {
                    meters.counter("answerdesk.llm.tokens", "direction", "in").increment(usage.inputTokenCount());
                }
                if (usage != null && usage.outputTokenCount() != null) {
                    meters.counter("answerdesk.llm.tokens", "direction", "out").increment(usage.outputTokenCount());
                }
                String name = response.modelName() != null ? response.modelName() : modelName;
                return Optional.of(new LlmAnswer(text.strip(), name,
                        usage == null ? null : usage.inputTokenCount(),
                        usage == null ? null : usage.outputTokenCount(), text.contains(LlmFallback.DECLINE_MARKER)));
            } catch (RuntimeException e) {
                log.warn("LLM {} failed (attempt {} of {}): {}", described, attempt, attempts, e.toString());
                meters.counter("answerdesk.llm.errors").increment();
            }
        }
        return Optional.empty();
    }

    /** The message with card numbers, IBANs (and what else is configured) masked: the model is a third party. */
    private ChatMessage masked(ChatMessage message) {
        if (message instanceof UserMessage u && u.hasSingleText()) {
            return UserMessage.from(redactor.mask(u.singleText()));
        }
        if (message instanceof AiMessage a && a.text() != null) {
            return AiMessage.from(redactor.mask(a.text()));
        }
        if (message instanceof SystemMessage s) {
            return SystemMessage.from(redactor.mask(s.text()));
        }
        return message;
    }
}
