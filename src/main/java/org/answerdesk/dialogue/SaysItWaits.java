package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;

/**
 * "how long?" said freely while a person is awaited ("xe, cuanto tardais?", "wia lang dauert des no", "y cuanto se
 * demoran en llamar?"): a question about the wait and the person's call, never an FAQ entry (a delivery time, a
 * turnaround).
 */
final class SaysItWaits {

    /** A language's words of how long ({@code wait.long}: "long", "tardais", "dauert"). */
    private static final Lexicon.PerLanguage<List<String>> HOW_LONG = Lexicon.perLanguage(lexicon -> lexicon.foldedWords("wait.long"));
    /**
     * A language's words of calling ({@code person.call}: "call", "llamar", "anrufen"): the person's call is what the
     * customer waits for, so such a word is part of a question about the wait, not a thing it asks about.
     */
    private static final Lexicon.PerLanguage<List<String>> CALLING = Lexicon.perLanguage(lexicon -> lexicon.foldedWords("person.call"));
    /** The most words of "how long?" said freely ("xe, cuanto tardais?", "how long is this gonna take"). */
    private static final int HOW_LONG_WORDS = 6;
    /** The longest other word of such a message: longer ones name a thing ("delivery", "Lieferung"). */
    private static final int SMALL_WORD = 5;

    private SaysItWaits() {
    }

    /**
     * "how long?" said freely, read while a person is awaited (issue 61, set 12): a short message (at most
     * {@value #HOW_LONG_WORDS} words) with a word of how long, that asks, and whose other words are small ones
     * ("is this gonna", "des jetzt no") or words of calling ("en llamar"): a word of more than {@value #SMALL_WORD}
     * letters names a thing it asks about.
     */
    static boolean asksHowLong(String text, Locale language) {
        List<String> howLong = HOW_LONG.get(language).orElse(List.of());
        List<String> calling = CALLING.get(language).orElse(List.of());
        String[] words = Lexicon.fold(ActRules.normalize(text)).split(" ");
        if (howLong.isEmpty() || words.length > HOW_LONG_WORDS || !any(words, howLong)) {
            return false;
        }
        boolean small = java.util.Arrays.stream(words).allMatch(w -> w.length() <= SMALL_WORD
                || any(new String[] {w}, howLong) || any(new String[] {w}, calling));
        return small && (text.contains("?") || FollowUpCue.asks(text, language) || any(new String[] {words[0]},
                howLong));
    }

    private static boolean any(String[] words, List<String> entries) {
        return java.util.Arrays.stream(words).anyMatch(w -> entries.stream()
                .anyMatch(e -> e.endsWith("*") ? w.startsWith(e.substring(0, e.length() - 1)) : w.equals(e)));
    }
}
