package org.answerdesk.llm;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A customer's question translated by the model into the FAQ's language for the lookup alone
 * ({@code prompts/translate.md}), asked once with the short time-out of rewrites, and its reply read as strictly as a
 * rewrite ({@link FollowUpRewrites#unusable}): anything else counts as no translation, so the question is looked up
 * as it was written. Counted in {@code answerdesk.llm.translations{outcome}}.
 */
final class LookupTranslations {

    private static final Logger log = LoggerFactory.getLogger(LookupTranslations.class);
    /** A translation may be this much longer than the message (German runs longer than English). */
    static final double LONGER = 2;

    private final ChatCalls calls;
    private final PromptTemplates prompts;
    private final MeterRegistry meters;

    LookupTranslations(ChatCalls calls, PromptTemplates prompts, MeterRegistry meters) {
        this.calls = calls;
        this.prompts = prompts;
        this.meters = meters;
    }

    Optional<String> translate(String message, String from, String to) {
        Optional<LlmAnswer> reply = calls.ask(ChatRequest.builder()
                .messages(UserMessage.from(prompt(prompts, message, from, to))).build(), 1);
        if (reply.isEmpty()) {
            count("failed");
            return Optional.empty();
        }
        int limit = (int) Math.min(FollowUpRewrites.MAX_LENGTH, message.length() * LONGER + FollowUpRewrites.SLACK);
        Optional<String> unusable = FollowUpRewrites.unusable(reply.get(), limit);
        if (unusable.isPresent()) {
            log.info("LLM translation of a question from {} to {} not used ({}); looked up as written", from, to,
                    unusable.get());
            count("unusable");
            return Optional.empty();
        }
        count("translated");
        return Optional.of(FollowUpRewrites.question(reply.get().text()));
    }

    /** The prompt, with the customer's words quoted as data ({@link Fence}) and the languages by their English names. */
    static String prompt(PromptTemplates prompts, String message, String from, String to) {
        return prompts.render(PromptTemplates.TRANSLATE, Map.of("from", name(from), "to", name(to),
                "message", Fence.quote(QuestionMessages.CUSTOMER, message)));
    }

    private static String name(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }

    void count(String outcome) {
        meters.counter("answerdesk.llm.translations", "outcome", outcome).increment();
    }
}
