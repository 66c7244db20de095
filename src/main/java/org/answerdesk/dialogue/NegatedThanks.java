package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rejection read as thanks because it shares a word with one ("nee, das passt alles nicht", "no, no me vale
 * ninguna", "non mi va bene nessuna"): a clause where a word of the closed thanks forms ({@code closed.thanks}:
 * "passt", "vale", "bene"), not the clause's first word, has a word of negation ({@code act.not}) up to
 * {@value #NEGATED} words before it or one more after it, in a message with no word of thanks proper
 * ({@code closing.thanks}), says the reply did not help ({@link Act#NOT_HELPED}). "ok no worries" (the word first)
 * and "nein danke" stay what they were.
 */
final class NegatedThanks {

    /** The most words between the shared word and its negation ("passt alles nicht", "no me vale"). */
    private static final int NEGATED = 2;

    private record Words(List<String> shared, List<String> not, List<String> thanks) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(l -> new Words(
            l.foldedWords("closed.thanks"), l.foldedWords("act.not"), l.foldedWords("closing.thanks")));

    private NegatedThanks() {
    }

    /** {@code reading}, or "that did not help" where its thanks is a negated word of thanks. */
    static Acts.Reading reread(Acts.Reading reading, String text, Locale language) {
        if (reading.act().filter(a -> a == Act.THANKS).isEmpty()) {
            return reading;
        }
        Words words = WORDS.get(language).orElse(null);
        // "o cupom não valeu": a word of thanks only in a phrase is no thanks proper outside one (LeaveWords)
        if (words == null || words.not().isEmpty()
                || LeaveWords.of(text, language).any(0, w -> Spellings.listed(words.thanks(), w))) {
            return reading;
        }
        boolean negated = ActRules.CLAUSE.splitAsStream(text).map(c -> ActRules.folded(c).split(" "))
                .anyMatch(c -> negated(c, words));
        return negated ? new Acts.Reading(Optional.of(Act.NOT_HELPED), reading.question()) : reading;
    }

    private static boolean negated(String[] clause, Words words) {
        for (int i = 1; i < clause.length; i++) {
            if (!words.shared().contains(clause[i])) {
                continue;
            }
            for (int n = Math.max(0, i - NEGATED); n <= i + NEGATED + 1 && n < clause.length; n++) {
                if (n != i && words.not().contains(clause[n])) {
                    return true;
                }
            }
        }
        return false;
    }
}
