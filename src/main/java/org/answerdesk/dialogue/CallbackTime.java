package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The time a customer who asks to be called back prefers ("after 6", "liefst na vijven", "de preferência de manhã",
 * "nachmittags ab 15 Uhr"), as written, so that the reply can say it was read instead of "as soon as possible". Read
 * from the language's file: {@code callback.when}, phrases of a time of day in which {@code HOUR} stands for an hour
 * (a number up to 24, maybe with minutes or a unit of {@code callback.unit}: "pm", "Uhr", "uur", or a word of
 * {@code callback.hour}: "vijven", "seis") and
 * {@code CLOCK} for an hour that shows it is one ("18h", "9:30", "5pm"), and {@code callback.not}, words of a
 * duration or an amount after the number ("after 3 days", "vor 2 Wochen"), which make it no time of day. The phone
 * number is taken out first, so its digits are never an hour. A day of {@code callback.day} ("tomorrow", "el lunes")
 * in the {@value #DAY_WORDS} words before the time, within its sentence, is said back with it; a day alone is not
 * read (it names as often when the order was placed as when to call).
 */
public final class CallbackTime {

    /** Digits of an hour: not part of a longer number; minutes or a unit may follow ("18h30", "6 pm", "17 Uhr"). */
    private static final String DIGITS = "(?<!\\d)(?:[01]?\\d|2[0-4])(?:[:.h][0-5]\\d)?";
    private static final Lexicon.PerLanguage<Pattern> WHEN = Lexicon.perLanguage(CallbackTime::pattern);
    /** Customers' phrases are joined when only spaces stand between them ("a las 9" "de la mañana"). */
    private static final Pattern SPACES = Pattern.compile(" +");
    /** A day named before the time of day ("el lunes temprano, antes de las 7:30"), folded. */
    private static final Lexicon.PerLanguage<Pattern> DAY = Lexicon.perLanguage(CallbackTime::days);
    /** The most words between a day and the time of day it goes with. */
    static final int DAY_WORDS = 5;

    private CallbackTime() {
    }

    private static Pattern pattern(Lexicon lexicon) {
        Optional<String> when = lexicon.alternatives("callback.when");
        if (when.isEmpty()) {
            return null;
        }
        String units = lexicon.words("callback.unit").strip();
        // a unit is written after the hour, with or without a space ("6 pm", "17uhr"); none listed: digits alone
        String unit = units.isEmpty() ? "(?!)" : "(?: ?(?:" + Arrays.stream(Lexicon.fold(units).split("\\s+"))
                .map(Pattern::quote).collect(Collectors.joining("|")) + "))";
        String words = lexicon.words("callback.hour").strip();
        String hour = "(?:" + DIGITS + unit + "?(?!\\d)" + (words.isEmpty() ? "" : "|" + String.join("|",
                Lexicon.fold(words).split("\\s+"))) + ")";
        String clock = "(?:" + DIGITS + "(?:" + unit + "|(?<=[:.h][0-5]\\d)))";
        String not = lexicon.words("callback.not").strip();
        String after = not.isEmpty() ? ""
                : "(?! ?(?:" + String.join("|", Lexicon.fold(not).split("\\s+")) + ")(?!\\p{L}))";
        String regex = "(?<![\\p{L}\\p{N}'])" + when.get().replace("HOUR", hour).replace("CLOCK", clock)
                + "(?![\\p{L}\\p{N}])" + after;
        return lexicon.compile("callback.when", regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern days(Lexicon lexicon) {
        String days = lexicon.words("callback.day").strip();
        return days.isEmpty() ? null : lexicon.compile("callback.day", "(?<![\\p{L}\\p{N}])(?:"
                + Arrays.stream(Lexicon.fold(days).split("\\s+")).map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])");
    }

    /**
     * Where the time of day at {@code start} begins with its day: the first day named in the words before it, back
     * to a sentence's end or a digit; {@code start} where none is.
     */
    private static int withDay(String folded, int start, Locale language) {
        Pattern day = DAY.get(language).orElse(null);
        if (day == null) {
            return start;
        }
        int from = start;
        int words = 0;
        for (int i = start - 1; i >= 0; i--) {
            char c = folded.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '\n' || Character.isDigit(c)) {
                break;
            }
            if (c == ' ' && i > 0 && folded.charAt(i - 1) != ' ' && ++words > DAY_WORDS) {
                break;
            }
            from = i;
        }
        Matcher m = day.matcher(folded).region(from, start);
        return m.find() ? m.start() : start;
    }

    /**
     * The preferred time in {@code text}, as the customer wrote it (accents kept where folding kept the length), the
     * phone number {@code phone} left out; empty when the message names no time of day.
     */
    public static Optional<String> in(String text, Optional<String> phone, Locale language) {
        if (text == null) {
            return Optional.empty();
        }
        Pattern pattern = WHEN.get(language).orElse(null);
        if (pattern == null) {
            return Optional.empty();
        }
        String written = phone.map(p -> text.replace(p, " ".repeat(p.length()))).orElse(text);
        String folded = Lexicon.fold(written.toLowerCase(Locale.ROOT));
        String shown = folded.length() == written.length() ? written : folded;
        Matcher m = pattern.matcher(folded);
        int start = -1;
        int end = -1;
        while (m.find()) {
            if (start >= 0 && !SPACES.matcher(folded.substring(end, m.start())).matches()) {
                break; // the first time named, with the phrases right after it
            }
            start = start < 0 ? m.start() : start;
            end = m.end();
        }
        return start < 0 ? Optional.empty()
                : Optional.of(shown.substring(withDay(folded, start, language), end).strip());
    }
}
