package org.answerdesk.llm;

import java.util.List;

/**
 * What the fallback is asked: the customer's question, the conversation so far (oldest first), the closest
 * FAQ entries as context, and passages of the shop's pages and files ({@code sources}). With passages, the
 * excerpts are numbered (FAQ entries first, then the passages) and the model is told to cite them as {@code [n]}.
 */
public record LlmQuestion(String question, List<Turn> history, List<Context> context, List<Source> sources) {

    /** One earlier message; {@code fromCustomer} false means the bot or an agent said it. */
    public record Turn(boolean fromCustomer, String text) {
    }

    /** A nearby FAQ entry the model may use. */
    public record Context(String question, String answer) {
    }

    /** A passage of the shop's pages the model may use and must cite. */
    public record Source(String title, String text) {
    }

    public LlmQuestion {
        history = List.copyOf(history);
        context = List.copyOf(context);
        sources = List.copyOf(sources);
    }

    /** A question with FAQ entries only, no passages. */
    public LlmQuestion(String question, List<Turn> history, List<Context> context) {
        this(question, history, context, List.of());
    }
}
