package org.answerdesk.dialogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One language's words for the conversation layer: the closed forms and phrasings of the acts, requests for a person,
 * the openings and closings around a question, the words that label a detail, the month names and the words that
 * start a continuation. Read from {@code dialogue/lang/<language>.tsv} (format in {@code dialogue/README.md}); every
 * recogniser asks it by key, so a language is added by adding a file, never by code. English is the recognisers'
 * own built-in rules and has no file.
 */
final class Lexicon {

    /** The languages shipped as files, besides English. */
    static final List<String> SHIPPED = List.of("de", "es", "fr", "it", "pt", "nl");
    static final String ENGLISH = "en";

    private static final Pattern MARKS = Pattern.compile("\\p{M}++");
    private static final Map<String, Lexicon> LOADED = loadShipped();

    private final String language;
    private final Map<String, List<String>> values;

    private Lexicon(String language, Map<String, List<String>> values) {
        this.language = language;
        this.values = values;
    }

    /** The shipped lexicon of a language other than English; empty for English and for languages not shipped. */
    static Optional<Lexicon> of(String language) {
        return Optional.ofNullable(LOADED.get(language));
    }

    /** Every shipped lexicon, by language. */
    static Map<String, Lexicon> shipped() {
        return LOADED;
    }

    /** The language code a recogniser is keyed by: "de" for {@code de-AT}; English for no language. */
    static String code(Locale language) {
        String code = language.getLanguage();
        return code.isEmpty() ? ENGLISH : code;
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

    /** The lines of a key as one regular expression of alternatives, {@code (?:a|b)}; empty when there are none. */
    Optional<String> alternatives(String key) {
        List<String> lines = lines(key);
        return lines.isEmpty() ? Optional.empty() : Optional.of("(?:" + String.join("|", lines) + ")");
    }

    /** The text without accents ("é" is "e", "ü" is "u", "ß" is "ss"): customers often leave them out. */
    static String fold(String text) {
        return Normalizer.normalize(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""),
                Normalizer.Form.NFC).replace("ß", "ss");
    }

    private static Map<String, Lexicon> loadShipped() {
        Map<String, Lexicon> loaded = new LinkedHashMap<>();
        for (String language : SHIPPED) {
            loaded.put(language, load(language));
        }
        return Map.copyOf(loaded);
    }

    /** Reads {@code key<TAB>value} lines; a key may repeat, its values are kept in order; {@code #} starts a comment. */
    private static Lexicon load(String language) {
        String resource = "/dialogue/lang/" + language + ".tsv";
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + " line " + number + ": expected key<TAB>value");
                }
                values.computeIfAbsent(line.substring(0, tab).strip(), k -> new ArrayList<>())
                        .add(line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        values.replaceAll((k, v) -> List.copyOf(v));
        return new Lexicon(language, Map.copyOf(values));
    }
}
