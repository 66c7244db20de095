package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Content terms with concepts: what a choice gate asks two texts to share. */
class ContentTermsTest {

    @Test
    void englishTermsAreStemmedWithoutStopWords() {
        Set<String> terms = ContentTerms.withConcepts("Where is my shipping?", Locale.ENGLISH);
        assertThat(terms).containsAll(ContentTerms.of("shipped", Locale.ENGLISH)).doesNotContain("where", "my");
    }

    @Test
    void aFarQuestionSharesNothingWithAnEntry() {
        Set<String> question = ContentTerms.withConcepts("do you sell furniture?", Locale.ENGLISH);
        Set<String> entry = ContentTerms.withConcepts("How long does shipping take?", Locale.ENGLISH);
        assertThat(question).doesNotContainAnyElementsOf(entry);
    }
}
