package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Words of leave that are ordinary words inside a clause (issue 61; docs/dialogue.md, "bye55"): pt "falou" (said),
 * es "luego" (then), fr "soirée" (evening), it "serata", "vediamo" (let's see). Such a word ({@code closing.bye.beside})
 * takes leave only in its set phrase or beside another word of leave or thanks: a run of such words counts where the
 * word just before or just after the run is a word of the set phrases ({@code closing.bye.lead}: "hasta", "nos",
 * "bonne", "buona", "ci"), of thanks ({@code closing.thanks}) or of leave ({@code closing.bye}, {@code closed.bye}):
 * "hasta luego", "nos vemos luego", "bonne soirée", "valeu, falou". A word of the closed forms alone ("falou!") is
 * read by the closed forms, not here. Every reader of the goodbye lists asks here which of a message's words are
 * strays; punctuation does not part a phrase ("valeu, falou").
 */
final class LeaveWords {

    private record Words(List<String> beside, List<String> anchors) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(lexicon -> {
        List<String> anchors = new ArrayList<>();
        for (String key : List.of("closing.bye.lead", "closing.thanks", "closing.bye", "closed.bye")) {
            anchors.addAll(lexicon.foldedWords(key));
        }
        return new Words(lexicon.foldedWords("closing.bye.beside"), List.copyOf(anchors));
    });

    private LeaveWords() {
    }

    /**
     * Which of {@code words} (folded, in order) are words of leave only in a phrase that stand outside one: true at
     * such a word. One pass over the words: each run of such words is read once.
     */
    static boolean[] strays(String[] words, Locale language) {
        boolean[] stray = new boolean[words.length];
        Words listed = WORDS.get(language).orElse(null);
        if (listed == null || listed.beside().isEmpty()) {
            return stray;
        }
        int i = 0;
        while (i < words.length) {
            if (!Spellings.listed(listed.beside(), words[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end < words.length && Spellings.listed(listed.beside(), words[end])) {
                end++;
            }
            boolean phrase = i > 0 && Spellings.listed(listed.anchors(), words[i - 1])
                    || end < words.length && Spellings.listed(listed.anchors(), words[end]);
            for (int k = i; k < end; k++) {
                stray[k] = !phrase;
            }
            i = end;
        }
        return stray;
    }

    /**
     * Whether a word of {@code words} from index {@code from} on is one {@code listed} takes (a reader's goodbye list,
     * matched as that reader matches) and no stray ({@link #strays}): the strays are read in the whole message.
     */
    static boolean any(String[] words, int from, Locale language, Predicate<String> listed) {
        boolean[] stray = strays(words, language);
        for (int i = Math.max(0, from); i < words.length; i++) {
            if (!stray[i] && listed.test(words[i])) {
                return true;
            }
        }
        return false;
    }
}
