package org.answerdesk.llm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The LLM fallback ({@code answerdesk.llm.*}, e.g. {@code ANSWERDESK_LLM_PROVIDER}).
 *
 * @param provider       none (default), openai (any OpenAI-compatible server) or ollama
 * @param baseUrl        the server's base URL, e.g. {@code https://api.openai.com/v1}, {@code http://localhost:8000/v1}
 *                       (vLLM, llama.cpp), {@code http://localhost:11434} (Ollama, the default for ollama)
 * @param apiKey         sent as a bearer token to OpenAI-compatible servers; never logged
 * @param model          the model's name on that server; required with a provider
 * @param timeout        how long one call may take; a call that times out or fails is tried once more
 * @param promptsDir     where the prompt templates are read from at run time; missing files fall back to the
 *                       templates inside the jar
 * @param historyTurns   how many earlier messages of the conversation the model sees
 * @param contextEntries how many of the closest FAQ entries are given to the model as context
 * @param maxConcurrentCalls how many questions may wait for the model at once (a bulkhead); a question beyond
 *                       that is handed to a person at once instead of queueing for a paid call
 * @param proposePhrasings  ask the model for more ways to put FAQ entries that have few phrasings (kept only when
 *                       they fit their entry better than any other; they sharpen retrieval and the adaptation):
 *                       entries with fewer than 5 phrasings, each once until it changes; stored as the LLM's
 *                       ({@code faq_phrasing.source = 'LLM'}), answered with at once
 *                       ({@code answerdesk_faq_proposed_phrasings_total}); an edit of the entry replaces them
 * @param proposeInterval how often entries with few phrasings are looked for (the first time this long after start);
 *                       the calls share the {@code maxConcurrentCalls} bulkhead, so a busy LLM answers customers first
 * @param rewriteFollowUps  have the model rewrite a short follow-up that is unsure on its own ("and to the UK?") into
 *                       a question that stands alone, given the customer's previous question and the entry the bot
 *                       answered it with, before the FAQ is asked ({@code prompts/rewrite.md}); without a model, or
 *                       when the call fails, the follow-up is read together with the previous question instead
 * @param rewriteTimeout    how long a rewrite may take (tried once: the customer waits for it); after that the
 *                       follow-up is read without the model. A question translated for the FAQ lookup (a language
 *                       the FAQ lacks, {@code prompts/translate.md}) has the same time-out, then is looked up as written
 */
@ConfigurationProperties("answerdesk.llm")
public record LlmProperties(
        @DefaultValue("none") Provider provider,
        String baseUrl,
        String apiKey,
        String model,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("prompts") String promptsDir,
        @DefaultValue("6") int historyTurns,
        @DefaultValue("3") int contextEntries,
        @DefaultValue("4") int maxConcurrentCalls,
        @DefaultValue("true") boolean proposePhrasings,
        @DefaultValue("10m") Duration proposeInterval,
        @DefaultValue("true") boolean rewriteFollowUps,
        @DefaultValue("5s") Duration rewriteTimeout) {

    public enum Provider { NONE, OPENAI, OLLAMA }

    @Override
    public String toString() {
        // the API key stays out of logs and error messages
        return "LlmProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", timeout="
                + timeout + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "unset" : "set") + "]";
    }
}
