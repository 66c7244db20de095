package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The details set aside for the FAQ in a language whose file gives its detail words, by its lexicon: the details every language
 * writes alike (emails, amounts, numeric dates, phone numbers, codes with digits), dates with its month names
 * ({@code detail.month}), the words that label a detail ("Bestellnummer", "n.º de pedido": {@code detail.label}) and
 * the sentences that only give a detail (all of their words in {@code detail.filler}). Simpler than the English
 * clean-up ({@link Cleanup}): a sentence that gives a detail and asks is kept whole, less the detail and its label.
 */
final class LocalDetails {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MARK = "\u2063";
    /** The English clean-up's details that are no language's words (email, amount, numeric dates, phone, codes). */
    private static final Set<Integer> NEUTRAL = Set.of(0, 1, 2, 5, 7, 8, 9, 11);
    /** Per language: {@code date} (a date with a month name) and {@code label}. */
    private static final Lexicon.PerLanguage<Map<String, Pattern>> BY_LANGUAGE = Lexicon.perLanguage(
            LocalDetails::patterns);
    private static final Lexicon.PerLanguage<Set<String>> FILLER = Lexicon.perLanguage(LocalDetails::filler);
    private static final Pattern SENTENCE = Pattern.compile("[.!?]++(?=\\s|$)|.+?(?:(?<![.!?])[.!?]++(?=\\s|$)|\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]++");
    private static final Pattern SPACES = Pattern.compile("[ \\t]++");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("(?<!\\s)\\s++([,.])");

    private LocalDetails() {
    }

    /** Whether {@code language} has a lexicon to read details by. */
    static boolean reads(Locale language) {
        return FILLER.get(language).isPresent();
    }

    /** The message (already without its wrapping) less its details, their labels and the sentences that only give them. */
    static String forLookup(String message, Locale language) {
        String s = lookupOrBlank(message, language);
        return s.isBlank() ? message.strip() : s;
    }

    /** As {@link #forLookup}, blank when nothing is left. */
    static String lookupOrBlank(String message, Locale language) {
        Map<String, Pattern> patterns = BY_LANGUAGE.get(language).orElse(Map.of());
        String masked = message;
        List<Pattern> details = new ArrayList<>();
        for (int i : NEUTRAL.stream().sorted().toList()) {
            details.add(Cleanup.details().get(i));
        }
        if (patterns.containsKey("date")) {
            details.add(0, patterns.get("date"));
        }
        for (Pattern p : details) {
            masked = p.matcher(masked).replaceAll(" " + MARK + " ");
        }
        Pattern label = patterns.get("label");
        if (label != null) {
            masked = label.matcher(masked).replaceAll(" ");
        }
        Set<String> filler = FILLER.get(language).orElse(Set.of());
        StringBuilder kept = new StringBuilder();
        for (String sentence : SENTENCE.matcher(masked).results().map(m -> m.group()).toList()) {
            if (sentence.contains(MARK) && WORD.matcher(sentence.replace(MARK, " ")).results()
                    .allMatch(w -> filler.contains(Lexicon.fold(w.group().toLowerCase(Locale.ROOT))))) {
                continue; // "Bestellnummer: 4711." gives a detail only
            }
            kept.append(sentence.replace(MARK, " ")).append(' ');
        }
        return SPACE_BEFORE_MARK.matcher(SPACES.matcher(kept).replaceAll(" ")).replaceAll("$1").strip();
    }

    private static Map<String, Pattern> patterns(Lexicon lexicon) {
        Map<String, Pattern> patterns = new HashMap<>();
        lexicon.alternatives("detail.month").ifPresent(month -> patterns.put("date", lexicon.compile("detail.date",
                "(?<![\\p{L}\\p{N}])(?:\\d{1,2}\\.?\\s++(?:(?:de|d')\\s*+)?" + month + "(?:,?\\s++(?:de\\s++)?\\d{4})?|"
                        + month + "\\s++\\d{1,2}(?:,?\\s++\\d{4})?|" + month + ",?\\s++\\d{4})(?![\\p{L}\\p{N}])", F)));
        // the label with what ties it to the detail: "Bestellnummer: ", "n.º de pedido ", "numéro de commande #"
        lexicon.alternatives("detail.label").ifPresent(words -> patterns.put("label", lexicon.compile("detail.label",
                "(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])[\\s:#.]*+(?=" + MARK + ")", F)));
        return Map.copyOf(patterns);
    }

    private static Set<String> filler(Lexicon lexicon) {
        return Arrays.stream(Lexicon.fold(lexicon.words("detail.filler").toLowerCase(Locale.ROOT)).split(" "))
                .collect(Collectors.toUnmodifiableSet());
    }
}
