package org.answerdesk.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;

/**
 * A customer's question as the messages the model is given: the system prompt, the earlier turns, then the question
 * with the closest FAQ entries, or with the FAQ entries and the knowledge passages numbered as the model cites them.
 * Everything that comes from outside the prompt (the customer's words, FAQ entries, passages) is quoted in a
 * {@link Fence}; the system prompt says it is data, never instructions.
 */
final class QuestionMessages {

    /** The tag the customer's own words are quoted in ({@link Fence}). */
    static final String CUSTOMER = "customer_message";

    private final PromptTemplates prompts;
    private final int contextEntries;

    QuestionMessages(PromptTemplates prompts, int contextEntries) {
        this.prompts = prompts;
        this.contextEntries = contextEntries;
    }

    List<ChatMessage> of(LlmQuestion q) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(prompts.render(PromptTemplates.SYSTEM, Map.of())));
        for (LlmQuestion.Turn turn : q.history()) {
            messages.add(turn.fromCustomer() ? UserMessage.from(Fence.quote(CUSTOMER, turn.text()))
                    : AiMessage.from(turn.text()));
        }
        var entries = q.context().stream().limit(contextEntries).toList();
        if (!q.sources().isEmpty()) {
            messages.add(UserMessage.from(prompts.render(PromptTemplates.KNOWLEDGE,
                    Map.of("sources", numbered(entries, q.sources()), "question", Fence.quote(CUSTOMER, q.question())))));
            return messages;
        }
        String context = entries.stream()
                .map(c -> Fence.quote("faq_entry", "Q: " + c.question() + "\nA: " + c.answer()))
                .collect(Collectors.joining("\n\n"));
        messages.add(UserMessage.from(prompts.render(PromptTemplates.FALLBACK,
                Map.of("context", context.isEmpty() ? "(none)" : context,
                        "question", Fence.quote(CUSTOMER, q.question())))));
        return messages;
    }

    /**
     * The FAQ entries, then the passages, numbered from 1 as the model cites them; the caller numbers them the same
     * way ({@link LlmFallback#citationNumber}).
     */
    private static String numbered(List<LlmQuestion.Context> entries, List<LlmQuestion.Source> sources) {
        List<String> parts = new ArrayList<>();
        for (var c : entries) {
            parts.add(excerpt(parts.size() + 1, "FAQ: " + c.question() + "\n" + c.answer()));
        }
        for (var s : sources) {
            parts.add(excerpt(parts.size() + 1, "From \"" + s.title() + "\":\n" + s.text()));
        }
        return String.join("\n\n", parts);
    }

    /** An excerpt the model cites as {@code [n]}: its number, then the quoted text. */
    private static String excerpt(int n, String text) {
        return "[" + n + "] " + Fence.quote("excerpt", "n=\"" + n + "\"", text);
    }

    /**
     * The number the model cites the {@code index}-th (from 0) passage of a question by: after the FAQ entries
     * given with it.
     */
    int citationNumber(LlmQuestion question, int index) {
        return (int) Math.min(contextEntries, question.context().size()) + index + 1;
    }
}
