package org.answerdesk.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.language.LanguageDetection;
import org.answerdesk.language.Languages;
import org.answerdesk.llm.LlmFallback;
import org.answerdesk.retrieval.Retrieval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A question in a language the FAQ lacks, looked up again as the LLM translates it into the FAQ's language (issue 51,
 * item 5): "Wie lange dauert der Versand?" in a shop whose FAQ is English is looked up as "How long does shipping
 * take?". Only the lookup reads the translation; the reply is the entry's own text, or the LLM's answer in the
 * customer's language as before. Without a model, or when the call fails or times out, the lookup as written stands.
 * Counted in {@code answerdesk.faq.translated.lookups{result}} (and the call in {@code answerdesk.llm.translations}).
 */
final class TranslatedLookup {

    private static final Logger log = LoggerFactory.getLogger(TranslatedLookup.class);

    /** Looks a question up in a conversation's language (the FAQ's own verdict). */
    @FunctionalInterface
    interface Lookup {
        Retrieval retrieve(String question, Locale language);
    }

    private final Lookup faq;
    private final LlmFallback llm;
    private final Supplier<Map<String, Integer>> entriesPerLanguage;
    private final MeterRegistry meters;
    /**
     * Among every shipped language, the shop's default first: what language a question is written in. Null without a
     * model (nothing is translated; its profiles are not loaded).
     */
    private final LanguageDetection detection;
    private final String defaultLanguage;

    /**
     * @param entriesPerLanguage how many of the FAQ's entries each language has (read only when a translation is
     *                           considered: a lookup that is not confident, with a model configured)
     */
    TranslatedLookup(Lookup faq, LlmFallback llm, Languages shop, Supplier<Map<String, Integer>> entriesPerLanguage,
                     MeterRegistry meters) {
        this.faq = faq;
        this.llm = llm;
        this.entriesPerLanguage = entriesPerLanguage;
        this.meters = meters;
        this.defaultLanguage = shop.defaultLanguage().getLanguage();
        List<String> tags = new ArrayList<>(List.of(defaultLanguage));
        Languages.SHIPPED_TAGS.stream().filter(t -> !t.equals(defaultLanguage)).forEach(tags::add);
        this.detection = llm.enabled() ? new LanguageDetection(Languages.of(tags.toArray(String[]::new))) : null;
    }

    Retrieval retrieve(String question, Locale language) {
        Retrieval asWritten = faq.retrieve(question, language);
        if (detection == null || asWritten.confident()) {
            return asWritten;
        }
        String from = detection.next(language, question, null).getLanguage();
        Optional<String> to = target(asWritten, from, entriesPerLanguage.get(), defaultLanguage);
        if (to.isEmpty()) {
            return asWritten;
        }
        Optional<String> translated = llm.translateForLookup(question, from, to.get());
        if (translated.isEmpty()) {
            return asWritten;
        }
        Retrieval lookedUp = faq.retrieve(translated.get(), Locale.forLanguageTag(to.get()));
        boolean better = better(lookedUp, asWritten);
        String result = !better ? "not_better" : lookedUp.confident() ? "answered" : "choices";
        meters.counter("answerdesk.faq.translated.lookups", "result", result).increment();
        log.info("A question in {} looked up in {} as the LLM translated it: {}", from, to.get(), result);
        return better ? lookedUp : asWritten;
    }

    /**
     * The language to translate a question into for the lookup, or empty: only a lookup that is not confident, of a
     * question in another language than the one most of the FAQ's entries are in (ties: the shop's default
     * language), whether the FAQ has no entry in the question's language or fewer than in that one.
     *
     * @param asWritten          the lookup of the question as written
     * @param from               the question's language
     * @param entriesPerLanguage how many entries each language has
     */
    static Optional<String> target(Retrieval asWritten, String from, Map<String, Integer> entriesPerLanguage,
                                   String defaultLanguage) {
        if (asWritten.confident() || entriesPerLanguage.isEmpty()) {
            return Optional.empty();
        }
        String main = null;
        for (var e : entriesPerLanguage.entrySet()) {
            if (main == null || e.getValue() > entriesPerLanguage.get(main)
                    || e.getValue().equals(entriesPerLanguage.get(main)) && e.getKey().equals(defaultLanguage)) {
                main = e.getKey();
            }
        }
        return main.equals(from) ? Optional.empty() : Optional.of(main);
    }

    /** Whether the translated lookup does more for the customer: an answer, or choices where there were none. */
    static boolean better(Retrieval translated, Retrieval asWritten) {
        return translated.confident() || !asWritten.clarify() && translated.clarify();
    }
}
