package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person asked for as the thing wanted, whatever the noun after it names: a word of wanting right before "someone"
 * ({@code person.want}, {@code person.someone}: "je veux quelqu'un de l'accueil", "ik wil graag iemand van de zaak"),
 * not said to the shop ("do you want someone to ...") and not wanted for a group ({@code person.for_us}: "on voudrait
 * quelqu'un rien que pour nous 2 heures" books a private lesson) and not one who comes to the customer ({@link Visitor}:
 * "je voudrais que quelqu'un vienne mesurer"); or "someone" beside a word of calling and "me"
 * ({@code person.call}, {@code person.me}: "que me llame alguien de la oficina", "have someone ring me"). Read as one
 * phrase: "someone" elsewhere in the message ("I want to know if someone can collect it") asks for no one.
 */
final class WantsSomeone {

    /** The most words from the word of wanting to "someone" ("want a person", "wil graag iemand"). */
    private static final int TO_SOMEONE = 2;
    /** The most words between "someone" and the word of calling ("quelqu'un peut m'appeler"). */
    private static final int TO_CALL = 4;
    /** The most words between the word of calling and "me". */
    private static final int TO_ME = 2;
    /** The words before the word of wanting read for one that addresses the shop ("do you want"). */
    private static final int ADDRESSED = 2;
    /**
     * The most words from "someone" to "for us" ({@code person.for_us}: "quelqu'un rien que pour nous", "someone just
     * for us"): someone wanted for a group is the service booked (a private guide, a lesson), not a person to reach.
     */
    private static final int FOR_US = 3;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private record Words(List<String> want, List<String> someone, List<String> call, List<String> me, Pattern you,
                         Pattern forUs, Visitor visitor) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(l -> new Words(
            l.foldedWords("person.want"), l.foldedWords("person.someone"), l.foldedWords("person.call"),
            l.foldedWords("person.me"), l.alternatives("service.you").map(a -> l.compile("person.want.you", a))
                    .orElse(null), l.alternatives("person.for_us").map(a -> l.compile("person.for_us",
                    "^(?:[\\p{L}']++ ){0," + FOR_US + "}" + a + "(?![\\p{L}])")).orElse(null), Visitor.of(l)));

    private WantsSomeone() {
    }

    /** Whether {@code text} in {@code language} wants someone or to be called by someone. */
    static boolean asks(String text, Locale language) {
        Words words = WORDS.get(language).orElse(null);
        if (words == null || words.someone().isEmpty()) {
            return false;
        }
        String[] w = NOT_WORD.split(ActRules.folded(text).strip());
        for (int i = 0; i < w.length; i++) {
            // "je voudrais que quelqu'un vienne mesurer": a visit ({@link Visitor}), no one to reach
            if (Spellings.listed(words.someone(), w[i]) && !words.visitor().comes(w, i)
                    && (wanted(w, i, words) || called(w, i, words))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wanted(String[] w, int someone, Words words) {
        for (int i = Math.max(0, someone - TO_SOMEONE); i < someone; i++) {
            if (Spellings.listed(words.want(), w[i])) {
                if (forUs(w, someone, words)) {
                    return false;
                }
                String before = String.join(" ", Arrays.copyOfRange(w, Math.max(0, i - ADDRESSED), i));
                return words.you() == null || !words.you().matcher(before).find();
            }
        }
        return false;
    }

    private static boolean forUs(String[] w, int someone, Words words) {
        return words.forUs() != null && words.forUs().matcher(String.join(" ",
                Arrays.copyOfRange(w, someone + 1, w.length))).find();
    }

    private static boolean called(String[] w, int someone, Words words) {
        for (int c = Math.max(0, someone - TO_CALL); c <= someone + TO_CALL && c < w.length; c++) {
            if (c != someone && Spellings.listed(words.call(), w[c]) && near(w, c, words.me())) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(String[] w, int call, List<String> me) {
        for (int m = Math.max(0, call - TO_ME); m <= call + TO_ME && m < w.length; m++) {
            if (m != call && me.contains(w[m])) {
                return true;
            }
        }
        return false;
    }
}
