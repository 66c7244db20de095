package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "ok j'attends, désolée pour le ton", "scusa per il tono, aspetto": a message that says the customer will wait
 * ({@code wait.ok} in each lexicon, words that say it wherever they stand). While a person is awaited it needs the
 * acknowledgement alone: the FAQ's choices its other words find are unrelated.
 */
final class SaysItWaits {

    private static final Lexicon.PerLanguage<Pattern> WORDS = Lexicon.perLanguage(lexicon -> lexicon
            .alternatives("wait.ok").map(a -> Pattern.compile("(?<![\\p{L}'])(?:" + Lexicon.fold(a.toLowerCase(
                    Locale.ROOT)) + ")(?![\\p{L}'])")).orElse(null));

    private SaysItWaits() {
    }

    /** Whether {@code text} says that the customer will wait. */
    static boolean in(String text, Locale language) {
        String folded = Lexicon.fold(ActRules.normalize(text));
        return WORDS.get(language).map(p -> p.matcher(folded).find()).orElse(false);
    }
}
