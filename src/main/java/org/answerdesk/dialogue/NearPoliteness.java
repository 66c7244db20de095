package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A thanks or goodbye read only because an act phrasing is nearest (issue 61 items 6 and 8, set 15): the phrasings
 * hardly tell "problem solved" from "this is not solving my issue", or "gotta run" from "whats that gonna run me".
 * Such a reading stands only when the message says it as the phrasing does: a message that negates what its
 * phrasing does not ({@code act.not}: "not", "never", "doesn't") says it did not help, and one that asks what its
 * phrasing does not ask is a question. A message holding a word of thanks or goodbye ({@code closing.thanks},
 * {@code closing.bye}) that no negation stands before keeps its reading.
 */
final class NearPoliteness {

    private record Words(List<String> thanks, List<String> bye, List<String> not) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(lexicon -> new Words(
            lexicon.foldedWords("closing.thanks"), lexicon.foldedWords("closing.bye"),
            lexicon.foldedWords("act.not")));

    private NearPoliteness() {
    }

    /**
     * The act a message is, given that its nearest act phrasing ({@code nearest}) read it as {@code read}: a thanks
     * that negates is "that didn't help", a thanks or goodbye that negates or asks is no act (a question).
     */
    static Optional<Act> checked(Optional<Act> read, String text, String nearest, Locale language) {
        if (read.isEmpty() || read.get() != Act.THANKS && read.get() != Act.BYE) {
            return read;
        }
        Words words = WORDS.get(language).orElse(null);
        Words english = WORDS.get(Locale.ENGLISH).orElse(null);
        if (words == null || english == null) {
            return read;
        }
        LeaveWords.Leave leave = LeaveWords.of(text, language);
        String[] said = leave.words();
        boolean[] stray = leave.stray(); // "luego lo pago": "then", no goodbye; "i'd appreciate a refund": a wish
        for (int i = 0; i < said.length; i++) {
            if (!stray[i] && (any(words.thanks(), said[i]) || any(words.bye(), said[i]))
                    && (i == 0 || !any(words.not(), said[i - 1]))) {
                return read; // "not now, thanks", "thx but gotta run"; not "never sorted it"
            }
        }
        String[] phrasing = ActRules.folded(nearest).split(" ");
        // the phrasings are English unless an acts file of the language is configured
        if (negates(said, words) && !negates(phrasing, words) && !negates(phrasing, english)) {
            return read.get() == Act.THANKS ? Optional.of(Act.NOT_HELPED) : Optional.empty();
        }
        return FollowUpCue.asks(text, language) && !FollowUpCue.asks(nearest, language)
                && !FollowUpCue.asks(nearest, Locale.ENGLISH) ? Optional.empty() : read;
    }

    /** Whether a message holds a word that negates ({@code act.not}: "didnt", "ned", "num"). */
    static boolean negates(String text, Locale language) {
        return WORDS.get(language).map(w -> negates(ActRules.folded(text).split(" "), w)).orElse(false);
    }

    private static boolean negates(String[] said, Words words) {
        return Arrays.stream(said).anyMatch(w -> any(words.not(), w));
    }

    private static boolean any(List<String> entries, String word) {
        return Spellings.listed(entries, word);
    }
}
