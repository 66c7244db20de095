package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Someone of the customer's own they will talk a thing over with ("i'll talk it over with my wife", "lo hablo con su
 * madre", "j'en parle à mon mari", "ne parlo con mia moglie"): a clause that says so is no request for one of the
 * shop's people, though its verb of talking and "with" + a word read as one (a demand "in any words after it").
 * Read from the language's file: a word of {@code person.own.with} ("with", "con", "à"), at most {@value #BETWEEN}
 * words of {@code person.own.det} ("my", "su", "o") and a word of {@code person.own} (a relation: "wife", "madre";
 * never a word that also names the shop's staff, as "boss" or "the woman" can).
 *
 * @param with      the words before the relation, folded
 * @param between   the words that may stand between (possessives, and articles where no staff word follows)
 * @param relations the relations, folded
 */
record OwnCircle(Set<String> with, Set<String> between, Set<String> relations) {

    /** The most words of {@link #between} between "with" and the relation ("with my own"). */
    static final int BETWEEN = 2;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Lexicon.PerLanguage<OwnCircle> BY_LANGUAGE = Lexicon.perLanguage(OwnCircle::of);

    private static OwnCircle of(Lexicon lexicon) {
        List<String> relations = lexicon.foldedWords("person.own");
        return relations.isEmpty() ? null : new OwnCircle(Set.copyOf(lexicon.foldedWords("person.own.with")),
                Set.copyOf(lexicon.foldedWords("person.own.det")), Set.copyOf(relations));
    }

    /**
     * {@code text} without its clauses that name someone of the customer's own after "with" (joined by ". "); the
     * text itself when none does or the language has no such words.
     */
    static String without(String text, Locale language) {
        OwnCircle own = BY_LANGUAGE.get(language).orElse(null);
        if (own == null) {
            return text;
        }
        return ActRules.withoutClauses(text, own::names);
    }

    /** Whether the clause has "with" + up to {@value #BETWEEN} possessives + a relation. */
    boolean names(String clause) {
        String[] words = NOT_LETTERS.split(Lexicon.fold(clause.toLowerCase(Locale.ROOT)));
        for (int i = 0; i < words.length; i++) {
            if (!relations.contains(words[i])) {
                continue;
            }
            for (int k = i - 1; k >= 0 && k >= i - 1 - BETWEEN; k--) {
                if (with.contains(words[k])) {
                    return true;
                }
                if (!between.contains(words[k])) {
                    break;
                }
            }
        }
        return false;
    }
}
