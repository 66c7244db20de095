package org.answerdesk.dialogue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.answerdesk.language.LanguageFile;

/**
 * One language's words for the conversation layer: the closed forms and phrasings of the acts, requests for a person,
 * the openings and closings around a question, the words that label a detail, the month names and the words that
 * start a continuation. Read from {@code dialogue/lang/<language>.tsv} (format in {@code dialogue/README.md}); every
 * recogniser asks it by key, so a language is added by adding a file, never by code. A file is read the first time
 * its language is asked for, from anywhere on the class path (a test may add a language from its own resources).
 */
final class Lexicon {

    /** The languages shipped as files (the checks over every language read these): the files that exist. */
    static final List<String> SHIPPED = LanguageFile.shipped();

    private static final Pattern MARKS = Pattern.compile("\\p{M}++");
    /** A language code a file may be named by: two or three letters. */
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, Optional<Lexicon>> LOADED = new ConcurrentHashMap<>();
    /** Every pattern built from a language's file so far, by {@code language.what} (the linear-time check reads it). */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final Lexicon EVERY_FILE = read("every", "/dialogue/lang/every.tsv").orElseThrow(
            () -> new IllegalStateException("/dialogue/lang/every.tsv is missing from the classpath"));
    private static final Map<String, Set<Act>> EVERY = every();

    private final String language;
    private final Map<String, List<String>> values;

    private Lexicon(String language, Map<String, List<String>> values) {
        this.language = language;
        this.values = values;
    }

    /** The lexicon of a language, from its file; empty for a language with no file. */
    static Optional<Lexicon> of(String language) {
        return CODE.matcher(language).matches()
                ? LOADED.computeIfAbsent(language, Lexicon::load) : Optional.empty();
    }

    /** The lexicon of a conversation's language ({@code de} for {@code de-AT}). */
    static Optional<Lexicon> of(Locale language) {
        return of(code(language));
    }

    /** Every shipped lexicon, by language. */
    static Map<String, Lexicon> shipped() {
        Map<String, Lexicon> shipped = new LinkedHashMap<>();
        SHIPPED.forEach(language -> shipped.put(language, of(language).orElseThrow(() -> new IllegalStateException(
                "/dialogue/lang/" + language + ".tsv is missing from the classpath"))));
        return shipped;
    }

    /** The language code a recogniser is keyed by: "de" for {@code de-AT}. */
    static String code(Locale language) {
        return language.getLanguage();
    }

    /**
     * What a recogniser builds from one language's file, built the first time the language is asked for and kept;
     * empty for a language with no file or when {@code build} gives null.
     */
    static <T> PerLanguage<T> perLanguage(Function<Lexicon, T> build) {
        return new PerLanguage<>(build);
    }

    /** See {@link #perLanguage}. */
    static final class PerLanguage<T> {

        private final Function<Lexicon, T> build;
        private final Map<String, Optional<T>> built = new ConcurrentHashMap<>();

        private PerLanguage(Function<Lexicon, T> build) {
            this.build = build;
        }

        Optional<T> get(Locale language) {
            return get(code(language));
        }

        Optional<T> get(String language) {
            Optional<T> done = built.get(language);
            if (done == null) {
                done = of(language).map(build);
                built.put(language, done);
            }
            return done;
        }
    }

    String language() {
        return language;
    }

    /** The lines of a key in file order; none when the file does not have it. */
    List<String> lines(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** The words of a key (one or more lines of words separated by spaces), as one space-separated string. */
    String words(String key) {
        return String.join(" ", lines(key)).strip();
    }

    /** The words of a key without accents ({@link #fold}), one list item a word; empty when the file does not have it. */
    List<String> foldedWords(String key) {
        String words = fold(words(key));
        return words.isEmpty() ? List.of() : List.of(words.split("\\s+"));
    }

    /** The lines of a key as one regular expression of alternatives, {@code (?:a|b)}; empty when there are none. */
    Optional<String> alternatives(String key) {
        List<String> lines = lines(key);
        return lines.isEmpty() ? Optional.empty() : Optional.of("(?:" + String.join("|", lines) + ")");
    }

    /** A pattern built from this language's file, kept by {@code name} for the linear-time check. */
    Pattern compile(String name, String regex, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        COMPILED.put(language + "." + name, pattern);
        return pattern;
    }

    Pattern compile(String name, String regex) {
        return compile(name, regex, 0);
    }

    /** The text without accents ("é" is "e", "ü" is "u", "ß" is "ss"): customers often leave them out. */
    static String fold(String text) {
        // both normal forms leave ASCII as it is, and it has no marks and no "ß"
        return ascii(text) ? text : foldAny(text);
    }

    /** {@link #fold} of any text. */
    static String foldAny(String text) {
        return Normalizer.normalize(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""),
                Normalizer.Form.NFC).replace("ß", "ss");
    }

    /** Whether every character of the text is ASCII (most messages): the normal forms leave such a text as it is. */
    static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The acts each language's closed forms give in a conversation of every other language with a file, by language
     * ({@code acts.<language>} in {@code dialogue/lang/every.tsv}).
     */
    static Map<String, Set<Act>> everyLanguage() {
        return EVERY;
    }

    /** The languages whose {@code key} data is read in a conversation of every language ({@code anger} in every.tsv). */
    static List<String> everyLanguage(String key) {
        String words = EVERY_FILE.words(key);
        return words.isEmpty() ? List.of() : List.of(words.split("\\s+"));
    }

    /**
     * A pattern of {@code dialogue/lang/every.tsv}'s lines of {@code key}, read in a conversation of every language
     * (kept for the linear-time check as {@code every.<name>}); empty when the file has none.
     */
    static Optional<Pattern> everyLanguagePattern(String key, String name) {
        return EVERY_FILE.alternatives(key).map(a -> EVERY_FILE.compile(name, a));
    }

    private static Map<String, Set<Act>> every() {
        Map<String, Set<Act>> acts = new LinkedHashMap<>();
        EVERY_FILE.values.forEach((key, lines) -> {
            if (key.startsWith("acts.")) {
                Set<Act> set = EnumSet.noneOf(Act.class);
                for (String label : String.join(" ", lines).strip().split("\\s+")) {
                    set.add(Arrays.stream(Act.values()).filter(a -> a.label().equals(label)).findFirst().orElseThrow(
                            () -> new IllegalStateException("every.tsv: no act " + label)));
                }
                acts.put(key.substring("acts.".length()), Set.copyOf(set));
            }
        });
        return Map.copyOf(acts);
    }

    private static Optional<Lexicon> load(String language) {
        return read(language, "/dialogue/lang/" + language + ".tsv");
    }

    /** Reads the file's {@code key<TAB>value} lines ({@link LanguageFile#read}). */
    private static Optional<Lexicon> read(String language, String resource) {
        return LanguageFile.read(resource).map(values -> new Lexicon(language, values));
    }
}
