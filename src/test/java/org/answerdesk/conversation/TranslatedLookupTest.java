package org.answerdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;
import org.junit.jupiter.api.Test;

/** When a question is translated for the lookup, and when the translated lookup is used. */
class TranslatedLookupTest {

    private static final FaqMatch ENTRY = new FaqMatch(1, "How long does delivery take?", "Two days.", 0.7);
    private static final Retrieval CONFIDENT = new Retrieval(List.of(ENTRY), 0.9, true, List.of());
    private static final Retrieval CHOICES = new Retrieval(List.of(ENTRY), 0.4, false, List.of(ENTRY));
    private static final Retrieval NOTHING = new Retrieval(List.of(ENTRY), 0.1, false, List.of());

    @Test
    void aQuestionInALanguageTheFaqLacksIsTranslatedIntoTheFaqsLanguage() {
        assertThat(TranslatedLookup.target(NOTHING, "de", Map.of("en", 40), "en")).contains("en");
        assertThat(TranslatedLookup.target(CHOICES, "fr", Map.of("es", 12), "es")).contains("es");
    }

    @Test
    void aConfidentLookupOrAQuestionInTheFaqsLanguageIsNeverTranslated() {
        assertThat(TranslatedLookup.target(CONFIDENT, "de", Map.of("en", 40), "en")).isEmpty();
        assertThat(TranslatedLookup.target(NOTHING, "en", Map.of("en", 40), "en")).isEmpty();
        assertThat(TranslatedLookup.target(NOTHING, "de", Map.of(), "en")).as("an empty FAQ").isEmpty();
    }

    @Test
    void anUnsureLookupWhereTheFaqIsMostlyInAnotherLanguageIsTranslatedIntoThatOne() {
        // a few German entries, most in English: an unsure German question is looked up in English too
        assertThat(TranslatedLookup.target(CHOICES, "de", Map.of("en", 30, "de", 4), "de")).contains("en");
        // mostly German: a German question stays German
        assertThat(TranslatedLookup.target(CHOICES, "de", Map.of("en", 4, "de", 30), "en")).isEmpty();
        // a tie goes to the shop's default language
        assertThat(TranslatedLookup.target(NOTHING, "fr", Map.of("en", 10, "de", 10), "de")).contains("de");
        assertThat(TranslatedLookup.target(NOTHING, "fr", Map.of("de", 10, "en", 10), "en")).contains("en");
    }

    @Test
    void theTranslatedLookupIsUsedOnlyWhenItDoesMoreForTheCustomer() {
        assertThat(TranslatedLookup.better(CONFIDENT, NOTHING)).isTrue();
        assertThat(TranslatedLookup.better(CONFIDENT, CHOICES)).isTrue();
        assertThat(TranslatedLookup.better(CHOICES, NOTHING)).isTrue();
        assertThat(TranslatedLookup.better(CHOICES, CHOICES)).as("choices for choices: the customer's own words")
                .isFalse();
        assertThat(TranslatedLookup.better(NOTHING, CHOICES)).isFalse();
        assertThat(TranslatedLookup.better(NOTHING, NOTHING)).isFalse();
    }
}
