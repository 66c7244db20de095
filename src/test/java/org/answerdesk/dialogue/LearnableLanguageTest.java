package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a pick teaches the FAQ its question is read by the conversation's language (the pick carries it,
 * {@code ChoicePicked.language}): under English rules "Ich möchte mit einem Menschen sprechen" was a question to
 * learn, and "vielen Dank" a phrasing of an entry.
 */
class LearnableLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Ich möchte mit einem Menschen sprechen | false
            de | vielen Dank                            | false
            fr | je veux parler à un conseiller         | false
            de | Was kostet der Versand nach Österreich?| true
            en | I want to talk to a person             | false
            en | how much is shipping to Austria?       | true
            """)
    void aPickIsReadInTheConversationsLanguage(String language, String question, boolean learnable) {
        assertThat(DialoguePolicy.learnable(question, Locale.forLanguageTag(language))).isEqualTo(learnable);
    }
}
