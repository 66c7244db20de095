package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A demand for a person read by its shape rather than by a listed phrase, so that a dialect's own spelling of the
 * words is read too: a word of wanting or of handing over ({@code person.want}, {@code person.demand}: "want", "give",
 * "will", "gib", "voglio", "dammi", "geef") and, at most {@value #TO_PERSON} words after it, a word of a person
 * ({@code person.who}, {@code person.someone}, {@code bot.human}, less the adjectives of {@code person.real}); and
 * a sign of urgency or anger ({@code person.urgent}: "now", "sofort", "subito", "ya"; an exclamation mark; anger as
 * {@link Mood} reads it). Each word may be spelt as dialects spell it (the frame as {@link Spellings#anyNear} reads it, the
 * person and the urgency as {@link Spellings#anyScaled} does: "persoun", "minsch", "subbito"), except the language's false friends ({@code person.near.not}: "algum" beside "alguem", "went" beside "want").
 * A short message only ({@value #MAX_WORDS} words): a longer one tells a story that happens to name someone. The
 * person is no visit ({@link Visitor}), wanted for no group ({@code person.for_us}) and no place after "at"
 * ({@code person.at}); a question of what the bot is stays that question (the caller reads it).
 */
final class DemandShape {

    /** The most words from the word of wanting to the person ("want a real live human", "gebt ma endli a mitarbeita"). */
    static final int TO_PERSON = 4;
    /** The most words of a message read by its shape. */
    static final int MAX_WORDS = 14;
    /** The longest text read: {@value #MAX_WORDS} words of {@link Spellings#LONGEST} letters and their marks. */
    static final int LONGEST_TEXT = MAX_WORDS * (Spellings.LONGEST + 4);
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]++");
    private static final Pattern LEADING = Pattern.compile("^[^\\p{L}]++");
    private static final Pattern WORD = Pattern.compile("\\p{L}++");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,.!?;:]");
    /** The longest word that may follow the person in its clause ("from", "van", "now"), urgency aside. */
    static final int SHORT_NEXT = 4;

    /** The longest word between the frame and the person ("mir", "mal", "endli", "real"): a longer one is a verb. */
    static final int SMALL = 5;
    /** The fewest letters of a word named as the person by a word of "himself" after it ("beck", not "das"). */
    static final int NOUN = 4;
    /** The words after the person read for one that counts it as a guest ("una persona in più"). */
    static final int COUNTED = 2;

    private record Words(List<String> frame, List<String> person, List<String> urgent, List<String> notPerson,
                         List<String> at, Pattern forUs, Visitor visitor, List<String> real, List<String> more,
                         List<String> self, List<String> from, List<String> place, List<String> machine) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(DemandShape::words);

    private DemandShape() {
    }

    private static Words words(Lexicon l) {
        List<String> frame = new ArrayList<>(l.foldedWords("person.want"));
        frame.addAll(l.foldedWords("person.demand"));
        List<String> person = new ArrayList<>(l.foldedWords("person.who"));
        person.addAll(l.foldedWords("person.someone"));
        person.addAll(l.foldedWords("bot.human"));
        person.removeAll(l.foldedWords("person.real"));
        Pattern forUs = l.alternatives("person.for_us").map(a -> l.compile("person.for_us.shape",
                "^(?:[\\p{L}']++ ){0,3}" + a + "(?![\\p{L}])")).orElse(null);
        return frame.isEmpty() || person.isEmpty() ? null : new Words(List.copyOf(frame), List.copyOf(person),
                l.foldedWords("person.urgent"), l.foldedWords("person.near.not"), l.foldedWords("person.at"), forUs,
                Visitor.of(l), l.foldedWords("person.real"), l.foldedWords("person.more"), l.foldedWords("person.self"),
                l.foldedWords("person.from"), l.foldedWords("person.place"), l.foldedWords("bot.machine"));
    }

    /** Whether {@code text} in {@code language} demands a person by its shape. */
    static boolean asks(String text, Locale language) {
        Words words = WORDS.get(language).orElse(null);
        if (words == null || text.length() > LONGEST_TEXT) {
            return false; // past MAX_WORDS words of a spelling's length: no folding of a long message for nothing
        }
        // no empty first word before a leading mark ("¡ya!", "'na"): the words and their clause ends stay aligned
        String folded = LEADING.matcher(ActRules.folded(text)).replaceFirst("");
        String[] w = NOT_LETTERS.split(folded);
        if (w.length > MAX_WORDS || w.length < 2 || !demanded(w, clauseEnds(folded, w.length), words)) {
            return false;
        }
        // "quero um muadié do escritório, já!": one of the office named by a word no list holds, demanded beside the
        // machine or in anger ("i want the invoice from the office now!" asks for a thing)
        if (!listedPerson(w, words) && !himselfNamed(w, words) && java.util.Arrays.stream(w)
                .noneMatch(x -> Spellings.anyNear(words.machine(), x)) && !Mood.angry(text, language)) {
            return false;
        }
        return text.contains("!") || java.util.Arrays.stream(w).anyMatch(x -> Spellings.anyScaled(words.urgent(), x))
                || Mood.angry(text, language);
    }

    /** Per word, whether a clause ends after it: a comma, full stop, "!", "?", ";" or ":" before the next word. */
    private static boolean[] clauseEnds(String folded, int count) {
        boolean[] ends = new boolean[count];
        java.util.regex.Matcher m = WORD.matcher(folded);
        int i = -1;
        int last = 0;
        while (m.find() && i < count) {
            if (i >= 0) {
                ends[i] = CLAUSE_MARK.matcher(folded.substring(last, m.start())).find();
            }
            i++;
            last = m.end();
        }
        if (i >= 0 && i < count) {
            ends[i] = true;
        }
        return ends;
    }

    private static boolean demanded(String[] w, boolean[] ends, Words words) {
        for (int f = 0; f < w.length; f++) {
            if (!frame(w[f], words)) {
                continue;
            }
            for (int p = f + 1; p <= f + TO_PERSON && p < w.length; p++) {
                if (person(w, p, words)) {
                    return !counted(w, p, words) && !qualified(w, ends, p, words);
                }
                // "quiero reservar para una persona": a verb between, the person is someone else's
                if (w[p].length() > SMALL && !Spellings.anyScaled(words.real(), w[p])
                        && !Spellings.anyScaled(words.urgent(), w[p])) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word of more than {@value #SHORT_NEXT} letters follows the person in its clause, neither urgent nor of
     * a real one: the person word names a kind of thing ("persona jurídica", "agents pricing", "team uitje").
     */
    private static boolean qualified(String[] w, boolean[] ends, int p, Words words) {
        if (ends[p] || p + 1 >= w.length) {
            return false;
        }
        String next = w[p + 1];
        return next.length() > SHORT_NEXT && !Spellings.anyScaled(words.urgent(), next)
                && !Spellings.anyScaled(words.real(), next) && !Spellings.anyScaled(words.person(), next)
                && !words.self().contains(next) && !words.from().contains(next);
    }

    /** Whether a word right after the person counts it as one more guest ({@code person.more}: "in più", "extra"). */
    private static boolean counted(String[] w, int p, Words words) {
        for (int m = p + 1; m <= p + COUNTED && m < w.length; m++) {
            if (words.more().contains(w[m])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of wanting or handing over as the act readers read words ({@link Spellings#anyNear}, cut of its final
     * vowel), or with a vowel changed inside ("wol", "wüll"), not a false friend ("went").
     */
    private static boolean frame(String word, Words words) {
        if (words.notPerson().contains(word)) {
            return false;
        }
        if (Spellings.anyNear(words.frame(), word) || PersonForms.cut(words.frame(), word)) {
            return true;
        }
        for (String f : words.frame()) {
            if (Spellings.vowelSwapAt(f, word, Spellings.VOWELS) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "hol mir den tischler selbst", "passez-moi le patron lui-même": a word of {@value #NOUN} letters or more followed
     * by a word of "himself" ({@code person.self}), at most one small word ({@value #SHORT_NEXT} letters) between:
     * the trade's own person, named by a word no list holds.
     */
    private static boolean himself(String[] w, int p, Words words) {
        if (w[p].length() < NOUN) {
            return false;
        }
        for (int s = p + 1; s <= p + 2 && s < w.length; s++) {
            if (words.self().contains(w[s])) {
                return true;
            }
            if (w[s].length() > SHORT_NEXT) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word of the message is a listed person's in any spelling the shape reads. */
    private static boolean listedPerson(String[] w, Words words) {
        return java.util.Arrays.stream(w).anyMatch(x -> !words.notPerson().contains(x)
                && Spellings.anyScaled(words.person(), x));
    }

    /** Whether a word of the message is named by a word of "himself" after it ({@link #himself}). */
    private static boolean himselfNamed(String[] w, Words words) {
        return java.util.stream.IntStream.range(0, w.length).anyMatch(p -> himself(w, p, words));
    }

    /**
     * "um muadié do escritório", "einen typen vom büro": a word of {@value #NOUN} letters or more, a word of from
     * ({@code person.from}), perhaps a small word, and a place of the shop's people ({@code person.place}).
     */
    private static boolean ofThePlace(String[] w, int p, Words words) {
        if (w[p].length() < NOUN || p + 2 >= w.length || !words.from().contains(w[p + 1])) {
            return false;
        }
        return words.place().contains(w[p + 2])
                || p + 3 < w.length && w[p + 2].length() <= SHORT_NEXT && words.place().contains(w[p + 3]);
    }

    private static boolean person(String[] w, int p, Words words) {
        return !words.notPerson().contains(w[p]) && (Spellings.anyScaled(words.person(), w[p]) || himself(w, p, words)
                || ofThePlace(w, p, words))
                && !words.at().contains(w[p - 1]) && !words.visitor().comes(w, p) && (words.forUs() == null
                || !words.forUs().matcher(String.join(" ", java.util.Arrays.copyOfRange(w, p + 1, w.length))).find());
    }
}
