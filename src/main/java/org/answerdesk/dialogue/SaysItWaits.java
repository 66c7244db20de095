package org.answerdesk.dialogue;

import java.util.List;
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

    /** A language's words of waiting ({@code wait.words}, a word ending in {@code *} a prefix). */
    private static final Lexicon.PerLanguage<List<String>> WAITING = Lexicon.perLanguage(lexicon -> {
        String words = Lexicon.fold(lexicon.words("wait.words"));
        return words.isEmpty() ? List.of() : List.of(words.split("\\s+"));
    });
    /** Words for anyone ({@code wait.anyone}): "hallo? noch jemand da?", "allô ? quelqu'un ?". */
    private static final Lexicon.PerLanguage<List<String>> ANYONE = Lexicon.perLanguage(lexicon -> {
        String words = Lexicon.fold(lexicon.words("wait.anyone"));
        return words.isEmpty() ? List.of() : List.of(words.split("\\s+"));
    });
    /** The most words of a message that is about the wait. */
    private static final int ABOUT_WORDS = 10;
    /** The most words of a message that only asks for anyone. */
    private static final int ANYONE_WORDS = 4;

    private SaysItWaits() {
    }

    /**
     * Whether a message is about the wait for a person ("so do i just wait or what", "hallo?? is do wer", "wia lang
     * dauert des no"): a short one with a word of waiting, a very short one with a word for anyone ("hallo? iemand?"),
     * or one that asks how long or whether anyone is there. The
     * FAQ's choices its other words find are unrelated to it.
     */
    static boolean aboutTheWait(String text, Locale language) {
        if (PersonQuestions.asksHowLong(text, language) || PersonQuestions.asksIfAnyoneIsThere(text, language)) {
            return true;
        }
        String[] words = Lexicon.fold(ActRules.normalize(text)).split(" ");
        return words.length <= ABOUT_WORDS && any(words, WAITING.get(language).orElse(List.of()))
                || words.length <= ANYONE_WORDS && any(words, ANYONE.get(language).orElse(List.of()));
    }

    private static boolean any(String[] words, List<String> entries) {
        return java.util.Arrays.stream(words).anyMatch(w -> entries.stream()
                .anyMatch(e -> e.endsWith("*") ? w.startsWith(e.substring(0, e.length() - 1)) : w.equals(e)));
    }

    /** Whether {@code text} says that the customer will wait. */
    static boolean in(String text, Locale language) {
        String folded = Lexicon.fold(ActRules.normalize(text));
        return WORDS.get(language).map(p -> p.matcher(folded).find()).orElse(false);
    }
}
