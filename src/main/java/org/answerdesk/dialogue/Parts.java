package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions in a message that asks several ("Do you ship to Norway? And which payment methods do you accept?"):
 * sentences that end in a question mark, each long enough to stand alone. A message with one such sentence is one
 * question, whatever else it says.
 */
final class Parts {

    private static final Pattern QUESTION = Pattern.compile("(?<![^?.!\\n])[^?.!\\n]++\\?+");
    private static final Pattern LEADING_AND = Pattern.compile("^(?:and|also|plus|oh and|and also|besides)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** The fewest words a sentence needs to be asked on its own ("and to the UK?" leans on the one before). */
    static final int MIN_WORDS = 4;
    static final int MAX_PARTS = 4;

    private Parts() {
    }

    private static final Pattern NOTHING = Pattern.compile("(?!)");
    private static final Pattern CONTINUATION = Pattern.compile("^(?:and|but|also|what about|how about|what if|and what"
            + "|and if|and how|and for|same for|or)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * Every language's leading "and" words ({@code <language>.and}, from {@code and} in its lexicon) and continuation
     * starts ({@code <language>.continues}, from {@code continues}); English's are the two patterns above.
     */
    private static final Map<String, Pattern> BY_LANGUAGE = byLanguage();

    /** Whether an English message starts as the continuation of the one before ("and to the UK?", "what about Norway?"). */
    static boolean continues(String message) {
        return continues(message, Locale.ENGLISH);
    }

    /** Whether a message in {@code language} starts as a continuation ("und nach Österreich?"); never in one not shipped. */
    static boolean continues(String message, Locale language) {
        Pattern continuation = BY_LANGUAGE.get(Lexicon.code(language) + ".continues");
        return continuation != null && continuation.matcher(message.strip()).matches();
    }

    static List<String> of(String message) {
        return of(message, Locale.ENGLISH);
    }

    /** The questions in a message in {@code language}, each less its leading "and" ("und", "et", ...). */
    static List<String> of(String message, Locale language) {
        Pattern and = BY_LANGUAGE.getOrDefault(Lexicon.code(language) + ".and", NOTHING);
        List<String> parts = new ArrayList<>();
        Matcher m = QUESTION.matcher(message);
        int end = 0;
        while (m.find()) {
            String part = and.matcher(m.group().strip()).replaceFirst("");
            if (part.split("\\s+").length < MIN_WORDS) {
                return List.of(message);
            }
            parts.add(part);
            end = m.end();
        }
        // typed on a phone, the last question often has no question mark: "... grillen? und gibts semmeln"
        String rest = message.substring(end).strip();
        Matcher joined = and.matcher(rest);
        if (!parts.isEmpty() && joined.lookingAt()) {
            String part = joined.replaceFirst("");
            if (part.split("\\s+").length < MIN_WORDS) {
                return List.of(message);
            }
            parts.add(part);
        }
        return parts.size() < 2 || parts.size() > MAX_PARTS ? List.of(message) : parts;
    }

    private static Map<String, Pattern> byLanguage() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        Map<String, Pattern> patterns = new HashMap<>(Map.of("en.and", LEADING_AND, "en.continues", CONTINUATION));
        Lexicon.shipped().forEach((language, lexicon) -> {
            lexicon.alternatives("and").ifPresent(a -> patterns.put(language + ".and",
                    Pattern.compile("^" + a + "\\s++", flags)));
            lexicon.alternatives("continues").ifPresent(c -> patterns.put(language + ".continues",
                    Pattern.compile("^[¿¡]?" + c + "(?![\\p{L}\\p{N}]).*", flags | Pattern.DOTALL)));
        });
        return Map.copyOf(patterns);
    }
}
