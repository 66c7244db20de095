package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone number a customer gives to be called back on ("call me back on 0612 345678", "ruft mich an unter 0221
 * 98 76 54", "ligue-me para o 912 345 678"): seven to fifteen digits, maybe with spaces, dots, dashes, slashes, a
 * leading "+" or a bracketed area code. Not a price (a currency sign or code beside it, {@code callback.currency}), not
 * a date (three groups with one separator, "28.11.2026"), not an order number ("#", "nr." or "nº" in front,
 * {@code callback.order}). A bare run of digits with no
 * "+" or "0" in front and no separator is a number only when the message names calling ({@code person.call}): alone it
 * is as likely an order number.
 */
public final class CallbackNumber {

    /**
     * A run of digits and separators, not inside a longer one or a word: between two digits a space, dot, dash or
     * slash (maybe then a bracket), a closing bracket (maybe then a space), or an opening one ("+1 (415) 555-0142").
     */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}+#(]|\\p{N}[ ./-]\\(?)[+(]?\\d"
            + "(?:(?:[ ./-]\\(?|\\) ?|\\()?\\d){6,14}(?![\\p{N}]|[./-]\\p{N})");
    private static final Pattern DATE = Pattern.compile("\\d{1,4}([./-])\\d{1,2}\\1\\d{1,4}");
    /**
     * A reference, not a number to dial: a year then a separator ("2024-0117", "2023/0567"), or seven digits or more
     * before the first separator ("20241105-883").
     */
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\d)(?:(?:19|20)\\d\\d[./-]|\\d{7,}+[ ./-])");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("\\p{Sc}\\s?$");
    /** A currency after the digits: a sign, or a currency's word or code of any shipped language ("eur", "reais"). */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s?(?:\\p{Sc}|(?:"
            + everyLanguage("callback.currency") + ")\\b)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An order mark before the digits, of any shipped language ("#", "nr.", "nº"). */
    private static final Pattern ORDER_BEFORE = Pattern.compile("(?:" + everyLanguage("callback.order") + ")\\s?$",
            Pattern.CASE_INSENSITIVE);
    /** How much of the text either side of a candidate the price and order checks read. */
    private static final int AROUND = 10;

    private CallbackNumber() {
    }

    /**
     * The words of {@code key} in every shipped language's file, as literal alternatives, longest first: a number is
     * read the same whatever the conversation's language (a Swiss customer writes "franken" in an English chat).
     */
    private static String everyLanguage(String key) {
        return Lexicon.shipped().values().stream().flatMap(l -> java.util.Arrays.stream(l.words(key).split("\\s+")))
                .filter(w -> !w.isEmpty()).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }

    /** The first phone number in the message, as written; empty when it holds none. */
    public static Optional<String> in(String text, Locale language) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CANDIDATE.matcher(text);
        Boolean calling = null; // read once, and only for a bare run of digits
        while (m.find()) {
            String number = balanced(m.group());
            if (DATE.matcher(number).matches() || REFERENCE.matcher(number).lookingAt()
                    || priceOrOrder(text, m.start(), m.end())) {
                continue;
            }
            if (shapedLikePhone(number)) {
                return Optional.of(number);
            }
            if (calling == null) {
                calling = PersonRequest.namesCalling(text, language);
            }
            if (calling) {
                return Optional.of(number);
            }
        }
        return Optional.empty();
    }

    private static boolean priceOrOrder(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - AROUND), start);
        return CURRENCY_BEFORE.matcher(before).find() || ORDER_BEFORE.matcher(before).find()
                || CURRENCY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + AROUND))).lookingAt();
    }

    /** The number without a bracket that is not closed or not opened in it ("(912 345 678" of "(912 345 678)"). */
    private static String balanced(String number) {
        boolean opens = number.indexOf('(') >= 0;
        boolean closes = number.indexOf(')') >= 0;
        if (opens == closes) {
            return number;
        }
        return number.replace(opens ? "(" : ")", "").strip();
    }

    /** A "+", a bracket or a trunk "0" in front, or digits in groups: how numbers are written to be dialled. */
    private static boolean shapedLikePhone(String number) {
        char first = number.charAt(0);
        return first == '+' || first == '(' || first == '0' || !number.chars().allMatch(Character::isDigit);
    }
}
