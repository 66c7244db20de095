package org.answerdesk.llm;

import java.util.List;

/**
 * What the fallback is asked: the customer's question, the conversation so far (oldest first) and the closest
 * FAQ entries as context.
 */
public record LlmQuestion(String question, List<Turn> history, List<Context> context) {

    /** One earlier message; {@code fromCustomer} false means the bot or an agent said it. */
    public record Turn(boolean fromCustomer, String text) {
    }

    /** A nearby FAQ entry the model may use. */
    public record Context(String question, String answer) {
    }

    public LlmQuestion {
        history = List.copyOf(history);
        context = List.copyOf(context);
    }
}
