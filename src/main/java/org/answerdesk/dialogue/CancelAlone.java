package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "cancel", "annuler", "stornieren" alone, with nothing in the conversation to drop (no choices showing, no offer of
 * a person open): a customer asking about cancelling an order or a booking, in one word, never "forget what I said".
 * The words are {@code cancel.alone} in each language's lexicon; "never mind" and "cancel that" stay what they are.
 */
final class CancelAlone {

    private static final Lexicon.PerLanguage<Set<String>> WORDS = Lexicon.perLanguage(lexicon -> Arrays.stream(
            Lexicon.fold(lexicon.words("cancel.alone").toLowerCase(Locale.ROOT)).split("\\s+"))
            .filter(w -> !w.isBlank()).collect(Collectors.toUnmodifiableSet()));

    private CancelAlone() {
    }

    /** Whether {@code text} is one of the language's words for cancelling, alone, and nothing is there to drop. */
    static boolean asks(String text, DialogueState state, Locale language) {
        String word = Noise.words(Lexicon.fold(text.strip().toLowerCase(Locale.ROOT))).strip();
        return !word.isEmpty() && !word.contains(" ") && WORDS.get(language).map(w -> w.contains(word)).orElse(false)
                && ChoicesShowing.showing(state).isEmpty() && !state.personOffered();
    }
}
