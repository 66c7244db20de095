package org.answerdesk.eval;

import java.util.Locale;
import java.util.Set;

/** A text with its label; in a queries file an empty label, {@code oos} or {@code none} means out of scope. */
record LabeledText(String text, String label) {

    private static final Set<String> OUT_OF_SCOPE = Set.of("", "oos", "none");

    LabeledText {
        text = text.strip();
        label = label == null ? "" : label.strip();
    }

    boolean outOfScope() {
        return OUT_OF_SCOPE.contains(label.toLowerCase(Locale.ROOT));
    }
}
