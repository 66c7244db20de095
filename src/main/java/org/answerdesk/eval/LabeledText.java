package org.answerdesk.eval;

import java.util.Locale;
import java.util.Set;

/**
 * A text with its label; in a queries file an empty label, {@code oos} or {@code none} means out of scope, and
 * {@code near} out of scope in a neighbouring business's way (a related intent held out of the FAQ). {@code language}:
 * the language it is written in (a queries file's {@code language} column; English without one).
 */
record LabeledText(String text, String label, String language) {

    static final String NEAR = "near";
    private static final Set<String> OUT_OF_SCOPE = Set.of("", "oos", "none", NEAR);

    LabeledText {
        text = text.strip();
        label = label == null ? "" : label.strip();
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
    }

    /** A text in English, the language of the shared data sets. */
    LabeledText(String text, String label) {
        this(text, label, null);
    }

    /** The language the bot reads the text in (its acts and clean-up): the row's {@code language}, else English. */
    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    boolean near() {
        return label.equalsIgnoreCase(NEAR);
    }

    boolean outOfScope() {
        return OUT_OF_SCOPE.contains(label.toLowerCase(Locale.ROOT));
    }
}
