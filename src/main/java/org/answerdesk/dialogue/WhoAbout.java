package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "mit wem muss ich wegen einer rechnung sprechen?", "who do I talk to about a refund?": a clause that asks who
 * handles a thing, a word of who ({@code person.whom}) among its first {@value #OPENS} words and after it a word of
 * about ({@code person.about}) with a word of at least {@value #THING} letters after that (docs/dialogue.md
 * "person56"). It asks which of the shop's people or addresses to turn to, a question the FAQ answers, not for a
 * person now; another clause of the message may still ask for one ("someone who knows about refunds" is no such
 * clause: its "who" does not open it).
 */
final class WhoAbout {

    /** The fewest letters of the thing asked about ("rechnung", "refund", "bill"). */
    static final int THING = 4;
    /** The word of who opens its clause: among its first this many words. */
    static final int OPENS = 2;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]++");

    private record Words(List<String> who, List<String> about) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(l -> l.foldedWords("person.whom")
            .isEmpty() ? null : new Words(l.foldedWords("person.whom"), l.foldedWords("person.about")));

    private WhoAbout() {
    }

    /** The message without its clauses that ask who handles a thing; the message itself where none does. */
    static String without(String text, Locale language) {
        Words words = WORDS.get(language).orElse(null);
        if (words == null) {
            return text;
        }
        return ActRules.withoutClauses(text, c -> asksWho(c, words));
    }

    private static boolean asksWho(String clause, Words words) {
        String[] w = NOT_LETTERS.split(ActRules.folded(clause).strip());
        int who = -1;
        for (int i = 0; i < w.length; i++) {
            // the question's own "who", first or after "with" ("mit wem", "à qui"), not "someone who knows about"
            if (who < 0 && i < OPENS && words.who().contains(w[i])) {
                who = i;
            } else if (who >= 0 && words.about().contains(w[i])) {
                for (int t = i + 1; t < w.length; t++) {
                    if (w[t].length() >= THING) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
