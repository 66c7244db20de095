package org.answerdesk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a regular expression names literally ("jusqu" in {@code jusqu[\s,]*(a|au)?}): a message that starts with
 * one of them reaches the pattern's quantifiers after it, which the generic adversarial messages never do.
 */
final class OwnWords {

    /** Escapes ({@code \s}, {@code \p{L}}), character classes and group openings: none of them is a literal word. */
    private static final Pattern NOT_LITERAL = Pattern.compile(
            "\\\\[pP]\\{[^}]*}|\\\\Q.*?\\\\E|\\\\.|\\[(?:\\\\.|[^\\]\\\\])*]|\\(\\?(?:<[a-zA-Z][a-zA-Z0-9]*>|[a-zA-Z]*:?)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']{3,}");

    private OwnWords() {
    }

    /** Up to {@code most} of the pattern's literal words of three letters or more, spread over the pattern. */
    static List<String> of(Pattern pattern, int most) {
        String literal = NOT_LITERAL.matcher(pattern.pattern()).replaceAll(" ");
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(literal);
        while (m.find()) {
            words.add(m.group());
        }
        List<String> all = new ArrayList<>(words);
        if (all.size() <= most) {
            return all;
        }
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            spread.add(all.get(i * all.size() / most));
        }
        return spread;
    }
}
