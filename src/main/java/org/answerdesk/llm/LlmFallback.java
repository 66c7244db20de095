package org.answerdesk.llm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.redaction.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the configured chat model when no FAQ entry fits. Answers empty when no model is configured, when the
 * call failed or timed out twice, or when {@code maxConcurrentCalls} questions are with the model already (a
 * Resilience4j bulkhead that never waits); the caller then hands the conversation to a person.
 */
public class LlmFallback {

    private static final Logger log = LoggerFactory.getLogger(LlmFallback.class);
    private static final int ATTEMPTS = 2;

    /** What the model answers, per the system prompt, when the FAQ excerpts and the conversation do not hold the answer. */
    public static final String DECLINE_MARKER = "[[HANDOFF]]";

    private final ChatModel model;
    private final String modelName;
    private final PromptTemplates prompts;
    private final LlmProperties properties;

    private final MeterRegistry meters;
    private final Bulkhead inFlight;
    private final ChatCalls calls;
    private final QuestionMessages messages;
    private final FollowUpRewrites rewrites;
    private final LookupTranslations translations;

    /** {@code rewriteModel}: the same model, with the time-out of rewrites ({@link #rewrite}). */
    LlmFallback(ChatModel model, ChatModel rewriteModel, LlmProperties properties, PromptTemplates prompts,
                MeterRegistry meters, Redactor redactor) {
        this.meters = meters;
        this.inFlight = Bulkhead.of("llm", BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentCalls()).maxWaitDuration(java.time.Duration.ZERO).build());
        this.model = model;
        this.modelName = properties.model();
        this.properties = properties;
        this.prompts = prompts;
        this.calls = new ChatCalls(model, modelName, describe(), meters, redactor);
        this.messages = new QuestionMessages(prompts, properties.contextEntries());
        ChatCalls shortCalls = new ChatCalls(rewriteModel, modelName, describe(), meters, redactor);
        this.rewrites = new FollowUpRewrites(shortCalls, prompts, meters);
        this.translations = new LookupTranslations(shortCalls, prompts, meters);
    }

    public boolean enabled() {
        return model != null;
    }

    /** Describes the configured model for health and logs, without secrets. */
    public String describe() {
        return model == null ? "none" : properties.provider().name().toLowerCase() + ":" + modelName;
    }

    /** How many earlier turns of the conversation the model should see ({@code ANSWERDESK_LLM_HISTORY_TURNS}). */
    public int historyTurns() {
        return properties.historyTurns();
    }

    public Optional<LlmAnswer> answer(LlmQuestion question) {
        if (model == null) {
            return Optional.empty();
        }
        if (!inFlight.tryAcquirePermission()) {
            log.info("LLM {} has {} questions in flight already; handing this one to a person", describe(),
                    properties.maxConcurrentCalls());
            meters.counter("answerdesk.llm.rejected").increment();
            return Optional.empty();
        }
        try {
            return ask(ChatRequest.builder().messages(messages.of(question)).build());
        } finally {
            inFlight.onComplete();
        }
    }

    /**
     * Asks the model for more phrasings of an FAQ entry ({@link PhrasingProposals}), within the same bulkhead as
     * customers' questions: empty when no model is configured, it is busy, or the call failed twice.
     */
    Optional<String> proposePhrasings(String question, List<String> phrasings, int wanted) {
        if (model == null || !inFlight.tryAcquirePermission()) {
            return Optional.empty();
        }
        try {
            String known = phrasings.stream().map(p -> Fence.quote("phrasing", p)).collect(Collectors.joining("\n"));
            return ask(ChatRequest.builder().messages(UserMessage.from(prompts.render(PromptTemplates.PHRASINGS,
                    Map.of("question", Fence.quote("faq_question", question), "phrasings", known,
                            "count", String.valueOf(wanted)))))
                    .build()).map(LlmAnswer::text);
        } finally {
            inFlight.onComplete();
        }
    }

    /**
     * Asks the model for up to {@code count} draft FAQ entries written from the passages of {@code batch} (each given
     * with its URL, quoted as data), as JSON ({@code prompts/drafts.md}): {@code {"drafts": [{"question", "answer", "phrasings",
     * "source_url"}]}}. The reply is the model's text, unchecked: the caller validates it. Within the same bulkhead as
     * customers' questions; empty when no model is configured, it is busy, or the call failed or timed out twice.
     */
    public Optional<String> draftFaqEntries(List<DraftPassage> batch, int count) {
        if (model == null || !inFlight.tryAcquirePermission()) {
            return Optional.empty();
        }
        try {
            String passages = batch.stream().map(p -> Fence.quote("passage", "URL: " + p.url() + "\nFrom \""
                            + p.title() + "\"" + (p.headings().isBlank() ? "" : " (" + p.headings() + ")") + ":\n"
                            + p.text()))
                    .collect(Collectors.joining("\n\n"));
            return ask(ChatRequest.builder().messages(UserMessage.from(prompts.render(PromptTemplates.DRAFTS,
                    Map.of("passages", passages, "count", String.valueOf(count)))))
                    .responseFormat(ResponseFormat.JSON).build()).map(LlmAnswer::text);
        } finally {
            inFlight.onComplete();
        }
    }

    /**
     * Asks the model which of {@code candidates} (the closest FAQ entries, best first) answers {@code question}, before
     * any free text is written, so that a pick sends the FAQ's own vetted answer. Empty for "none", and also when no
     * model is configured, there are no candidates, the bulkhead is full, the call failed or timed out (tried once: a
     * free-text answer follows anyway), or the reply is not exactly {@code {"entry_id": <an offered id>}} or
     * {@code {"entry_id": null}} ({@code prompts/choose.md}, JSON output).
     *
     * @return the id of one of the candidates, or empty
     */
    public Optional<Long> choose(String question, List<LlmCandidate> candidates) {
        if (model == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        if (!inFlight.tryAcquirePermission()) {
            meters.counter("answerdesk.llm.rejected").increment();
            return Optional.empty();
        }
        ChoiceReply.Parsed parsed;
        try {
            String listed = candidates.stream()
                    .map(c -> "[id " + c.id() + "] " + Fence.quote("faq_entry", "Q: " + c.question() + "\nA: "
                            + c.answer()))
                    .collect(Collectors.joining("\n\n"));
            var reply = calls.ask(ChatRequest.builder()
                    .messages(UserMessage.from(prompts.render(PromptTemplates.CHOOSE,
                            Map.of("candidates", listed, "question", Fence.quote(QuestionMessages.CUSTOMER,
                                    question)))))
                    .responseFormat(ResponseFormat.JSON).build(), 1);
            if (reply.isEmpty()) {
                return Optional.empty();
            }
            parsed = ChoiceReply.parse(reply.get().text(), candidates.stream().map(LlmCandidate::id).toList());
        } finally {
            inFlight.onComplete();
        }
        if (parsed.kind() == ChoiceReply.Kind.INVALID) {
            log.warn("LLM {} gave no usable choice ({}); answering in free text", describe(), parsed.why());
        }
        meters.counter("answerdesk.llm.choices", "outcome", parsed.kind().name().toLowerCase()).increment();
        return Optional.ofNullable(parsed.entryId());
    }

    /**
     * The customer's follow-up rewritten into a question that stands alone, from the previous question and the entry
     * that answered it ("and to the UK?" after "How long does delivery take?": "How long does delivery to the UK
     * take?"). Empty when no model is configured, rewrites are switched off ({@code rewrite-follow-ups}), the bulkhead
     * is full, the one call failed or outlasted {@code rewrite-timeout}, or the reply is no usable question.
     */
    public Optional<String> rewrite(LlmFollowUp followUp) {
        if (model == null || !properties.rewriteFollowUps()) {
            return Optional.empty();
        }
        if (!inFlight.tryAcquirePermission()) {
            rewrites.count("busy");
            return Optional.empty();
        }
        try {
            return rewrites.rewrite(followUp);
        } finally {
            inFlight.onComplete();
        }
    }

    /**
     * The customer's question translated into the FAQ's language, for looking it up ("Wie lange dauert der Versand?"
     * in an English FAQ: "How long does shipping take?"); the customer is never shown it. Empty when no model is
     * configured, the bulkhead is full, the one call failed or outlasted {@code rewrite-timeout} (the customer waits
     * for it, as for a rewrite), or the reply is no usable question.
     *
     * @param from the question's language (a tag: "de")
     * @param to   the FAQ's language
     */
    public Optional<String> translateForLookup(String question, String from, String to) {
        if (model == null) {
            return Optional.empty();
        }
        if (!inFlight.tryAcquirePermission()) {
            translations.count("busy");
            return Optional.empty();
        }
        try {
            return translations.translate(question, from, to);
        } finally {
            inFlight.onComplete();
        }
    }

    /** The configured model's name, recorded with the replies it decided (null when none is configured). */
    public String modelName() {
        return model == null ? null : modelName;
    }

    private Optional<LlmAnswer> ask(ChatRequest request) {
        return calls.ask(request, ATTEMPTS);
    }

    /**
     * The number the model cites the {@code index}-th (from 0) passage of a question by: after the FAQ entries
     * given with it.
     */
    public int citationNumber(LlmQuestion question, int index) {
        return messages.citationNumber(question, index);
    }
}
