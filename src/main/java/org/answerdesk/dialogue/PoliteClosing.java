package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A thanks or goodbye as people say them, with a word of address or another word the lexicon does not know at its end
 * ("grazie guagliò", "fixe, obrigado pá", "valeu mano"; never before it: "Refund, thanks" asks for a refund), and a day
 * it looks forward to ("va, nos vemos el sabado": {@code polite.when}; "até dia 12": {@code polite.date}): what is left
 * is a thanks or goodbye that says so by itself, a word of {@code core} ("grazie", not "ok") or a phrase of several
 * words. Never a message that asks (a question mark, or the unknown word is one of {@code asks}) or gives a number.
 * One language's words, from its lexicon ({@link ActRules}); {@code day}: a day of the month as typed there
 * ({@link #day}).
 */
record PoliteClosing(Set<String> core, Set<String> when, Set<String> date, Set<String> asks, Pattern day) {

    /** The most words of a thanks or goodbye with a word more ("grazie guagliò", "va, nos vemos el sabado"). */
    private static final int POLITE_WORDS = 5;
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Set<Act> POLITE = Set.of(Act.THANKS, Act.BYE);

    /**
     * The thanks or goodbye the message is, read by {@code read} (the language's act rules on a plain text) once the
     * words around it are taken off; {@code plain}: the message normalized, {@code text}: as written.
     */
    Optional<Act> read(String plain, String text, Function<String, Optional<Act>> read) {
        if (core.isEmpty() || text.contains("?")) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(Arrays.asList(Lexicon.fold(plain).split(" ")));
        boolean dated = withoutDate(words);
        if (words.stream().anyMatch(w -> DIGIT.matcher(w).find())) {
            return Optional.empty();
        }
        while (words.size() > 1 && when.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > POLITE_WORDS) {
            return Optional.empty();
        }
        Optional<Act> act = politeAct(words, read);
        String last = words.get(words.size() - 1);
        if (act.isEmpty() && !dated && words.size() > 1 && !asks.contains(last)) {
            act = politeAct(words.subList(0, words.size() - 1), read); // the word of address comes last
        }
        return act;
    }

    /**
     * Takes off the day a thanks or goodbye ends with ("até dia 12", "see you on the 14th", "bis zum 15.", "au 15
     * alors"): the last words, when they are a day of the month ({@link #day}) with a word of the date around it
     * ({@code date}, {@code when}). Whether it took one off; the rest must then be the act by itself.
     */
    private boolean withoutDate(List<String> words) {
        int cut = words.size();
        boolean hasDay = false;
        boolean said = false;
        while (cut > 1) {
            String w = words.get(cut - 1);
            boolean isDay = day.matcher(w).matches();
            boolean dateWord = date.contains(w) || when.contains(w);
            if (!isDay && !dateWord) {
                break;
            }
            hasDay |= isDay;
            said |= dateWord;
            cut--;
        }
        if (!hasDay || !said) {
            return false;
        }
        words.subList(cut, words.size()).clear();
        return true;
    }

    /**
     * A day of the month as typed after a goodbye in a language: "12", and the number with one of the language's
     * ordinal endings ({@code endings}, from {@code polite.day}: "3rd", "14e", "20ste", "15o"), folded.
     */
    static String day(String endings) {
        String number = "(?:[1-9]|[12][0-9]|3[01])";
        return endings.isBlank() ? number : number + "(?:" + String.join("|", endings.strip().split("\\s+")) + ")?";
    }

    private Optional<Act> politeAct(List<String> words, Function<String, Optional<Act>> read) {
        return read.apply(String.join(" ", words)).filter(POLITE::contains)
                .filter(a -> words.size() > 1 || core.contains(words.get(0)));
    }
}
