package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts a passage is embedded as: the whole passage and its short overlapping windows. A question matches a
 * sentence or two of a passage far better than the mean of two hundred words, so a passage's dense score is its
 * best window's ({@link PassageIndex}).
 */
public final class PassageVectors {

    static final int WINDOW_WORDS = 60;
    static final int WINDOW_STRIDE = 30;

    private PassageVectors() {
    }

    /** The texts to embed for the passage, the whole passage first. */
    public static List<String> texts(Passage passage) {
        List<String> out = new ArrayList<>();
        out.add(passage.searchable());
        String prefix = passage.headings().isBlank() ? "" : passage.headings() + ": ";
        String text = passage.text();
        var spans = PassageWindows.split(text, WINDOW_WORDS, WINDOW_STRIDE);
        if (spans.size() > 1) {
            for (var span : spans) {
                out.add(prefix + text.substring(span.start(), span.end()));
            }
        }
        return out;
    }
}
