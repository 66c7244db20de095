package org.answerdesk.eval;

import java.util.Locale;
import java.util.Set;

/**
 * A text with its label; in a queries file an empty label, {@code oos} or {@code none} means out of scope, and
 * {@code near} out of scope in a neighbouring business's way (a related intent held out of the FAQ).
 */
record LabeledText(String text, String label) {

    static final String NEAR = "near";
    private static final Set<String> OUT_OF_SCOPE = Set.of("", "oos", "none", NEAR);

    LabeledText {
        text = text.strip();
        label = label == null ? "" : label.strip();
    }

    boolean near() {
        return label.equalsIgnoreCase(NEAR);
    }

    boolean outOfScope() {
        return OUT_OF_SCOPE.contains(label.toLowerCase(Locale.ROOT));
    }
}
