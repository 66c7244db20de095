package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An "also" that belongs to the asking, not a join of two questions: "et vous faites aussi de la plongée ?", "e mi
 * potete anche vendere le esche?". The language's "and" words ({@code and}) include its "also" ("aussi", "anche",
 * "ook", "também"), so {@link LooseJoin} would cut such a message into the bare form of asking ("et vous faites",
 * "e mi potete") and the thing asked for, and read each alone: the form alone finds unsure choices, the thing alone
 * loses the form that made the whole message a question of a service the shop never names. An "also" word ({@code
 * service.also}) right after a form of asking ({@code service.question}) that reaches the end of the words before it
 * is no split point.
 */
final class AskingAlso {

    private static final Lexicon.PerLanguage<List<Pattern>> FORMS = Lexicon.perLanguage(l -> patterns(l,
            "service.question"));
    private static final Lexicon.PerLanguage<List<Pattern>> ALSO = Lexicon.perLanguage(l -> patterns(l,
            "service.also"));

    private AskingAlso() {
    }

    /**
     * Whether {@code word}, which follows {@code before}, is an "also" of the asking: an "also" word after a form of
     * asking whose match reaches the last word of {@code before} ("vous faites" + "aussi"; "potete" + "anche").
     */
    static boolean of(String before, String word, Locale language) {
        String also = folded(word);
        if (ALSO.get(language).orElse(List.of()).stream().noneMatch(p -> p.matcher(also).find())) {
            return false;
        }
        String head = folded(before).strip();
        String text = head + " " + also;
        int last = head.lastIndexOf(' ') + 1;
        for (Pattern p : FORMS.get(language).orElse(List.of())) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() > last) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String folded(String text) {
        return Lexicon.fold(text.toLowerCase(Locale.ROOT));
    }

    private static List<Pattern> patterns(Lexicon l, String key) {
        List<String> lines = l.lines(key);
        return java.util.stream.IntStream.range(0, lines.size())
                .mapToObj(i -> l.compile("asking.also." + key + "." + i, lines.get(i))).toList();
    }
}
