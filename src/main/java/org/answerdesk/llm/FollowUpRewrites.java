package org.answerdesk.llm;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A follow-up rewritten by the model into a question that stands alone ({@code prompts/rewrite.md}), asked once with
 * its own short time-out, and its reply read strictly: one line of question, no longer than the two questions it
 * comes from together (plus a little), no refusal, no tag echoed from the prompt. Anything else counts as no rewrite,
 * so the follow-up is read without the model. Counted in {@code answerdesk.llm.rewrites{outcome}}.
 */
final class FollowUpRewrites {

    private static final Logger log = LoggerFactory.getLogger(FollowUpRewrites.class);
    /** How many characters a rewrite may add to the follow-up and the previous question together. */
    static final int SLACK = 80;
    /** The longest rewrite accepted, whatever the questions it comes from. */
    static final int MAX_LENGTH = 500;
    /** How a model's refusal or apology starts (the prompt asks for the question only). */
    private static final Pattern REFUSAL = Pattern.compile("^(?:i'?m sorry|i am sorry|sorry|i can'?t|i cannot"
            + "|i can not|i'?m unable|i am unable|i'?m not able|i am not able|as an ai|unfortunately)\\b");
    private static final Pattern QUOTES = Pattern.compile("^[\"'“”«»‘’]+|[\"'“”«»‘’]+$");

    private final ChatCalls calls;
    private final PromptTemplates prompts;
    private final MeterRegistry meters;

    FollowUpRewrites(ChatCalls calls, PromptTemplates prompts, MeterRegistry meters) {
        this.calls = calls;
        this.prompts = prompts;
        this.meters = meters;
    }

    Optional<String> rewrite(LlmFollowUp followUp) {
        Optional<LlmAnswer> reply = calls.ask(ChatRequest.builder()
                .messages(UserMessage.from(prompt(prompts, followUp))).build(), 1);
        if (reply.isEmpty()) {
            count("failed");
            return Optional.empty();
        }
        int limit = Math.min(MAX_LENGTH, followUp.message().length() + followUp.previousQuestion().length() + SLACK);
        Optional<String> unusable = unusable(reply.get(), limit);
        if (unusable.isPresent()) {
            log.info("LLM rewrite of a follow-up not used ({}); reading it with the previous question instead",
                    unusable.get());
            count("unusable");
            return Optional.empty();
        }
        count("rewritten");
        return Optional.of(question(reply.get().text()));
    }

    /** The prompt, with the customer's words and the entry quoted as data ({@link Fence}). */
    static String prompt(PromptTemplates prompts, LlmFollowUp followUp) {
        return prompts.render(PromptTemplates.REWRITE, Map.of(
                "previous_question", Fence.quote(QuestionMessages.CUSTOMER, followUp.previousQuestion()),
                "previous_entry", followUp.previousEntry() == null ? "(none)"
                        : Fence.quote("faq_question", followUp.previousEntry()),
                "message", Fence.quote(QuestionMessages.CUSTOMER, followUp.message())));
    }

    void count(String outcome) {
        meters.counter("answerdesk.llm.rewrites", "outcome", outcome).increment();
    }

    /** The reply as a question: stripped of surrounding quotes. */
    static String question(String reply) {
        return QUOTES.matcher(reply.strip()).replaceAll("").strip();
    }

    /** Why the reply is no rewrite to use, or empty when it is one. */
    static Optional<String> unusable(LlmAnswer reply, int limit) {
        String text = question(reply.text());
        if (text.isEmpty()) {
            return Optional.of("empty");
        }
        if (reply.declined() || REFUSAL.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of("a refusal");
        }
        if (text.contains("\n")) {
            return Optional.of("more than one line");
        }
        if (text.length() > limit) {
            return Optional.of("too long: " + text.length() + " characters");
        }
        if (!Fence.inert(text).equals(text)) {
            return Optional.of("a tag of the prompt");
        }
        return Optional.empty();
    }
}
