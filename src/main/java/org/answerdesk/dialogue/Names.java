package org.answerdesk.dialogue;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question names that an answer may not: capitalised words inside a sentence (a place, a product, a brand:
 * "Svalbard", "iPhone 15") and quoted terms. "Does the entry say it?" is a plain word check, no model.
 */
final class Names {

    private static final Pattern WORD = Pattern.compile("(?<=[\\p{L}\\p{N},;:]\\s)([\\p{Lu}][\\p{L}\\p{N}'-]{2,}"
            + "|[\\p{Ll}]+[\\p{Lu}][\\p{L}\\p{N}-]*)|[\"“'‘]([^\"”'’]{3,40})[\"”'’]");
    /** Capitalised for other reasons than naming something. */
    private static final Set<String> COMMON = Set.of("i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "please",
            "thanks", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "eu", "uk", "us",
            "usa", "paypal", "visa", "mastercard", "faq");

    private Names() {
    }

    static Set<String> of(String question) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (!COMMON.contains(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }

    /** The names of {@code names} that {@code text} does not hold (case-insensitive). */
    static Set<String> missingFrom(Set<String> names, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> missing = new LinkedHashSet<>();
        for (String n : names) {
            if (!lower.contains(n.toLowerCase(Locale.ROOT))) {
                missing.add(n);
            }
        }
        return missing;
    }
}
