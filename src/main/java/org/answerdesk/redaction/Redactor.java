package org.answerdesk.redaction;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text. Always: payment card numbers (13-19 digits, spaces or dashes allowed, valid by
 * the Luhn check) become {@value #CARD} and IBANs (valid by the ISO 13616 mod-97 check) become {@value #IBAN};
 * optionally e-mail addresses ({@value #EMAIL}) and phone numbers of 8 or more digits ({@value #PHONE}). The
 * checksums keep order numbers and amounts readable: a random digit string passes the Luhn check one time in ten,
 * and only when it is as long as a card number.
 */
public final class Redactor {

    public static final String CARD = "[card]";
    public static final String IBAN = "[iban]";
    public static final String EMAIL = "[email]";
    public static final String PHONE = "[phone]";

    // a country code, two check digits, then up to 30 letters and digits, maybe in groups separated by spaces
    private static final Pattern IBAN_LIKE = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CARD_LIKE = Pattern.compile("(?<![\\w-])\\d(?:[ -]?\\d){12,18}(?![\\w-])");
    private static final Pattern EMAIL_LIKE = Pattern.compile("(?<![\\w.%+-])[\\w.%+-]++@[\\w-]++(?:\\.[\\w-]++)+");
    private static final Pattern PHONE_LIKE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ()./-]{6,}\\d(?!\\w)");

    private static final Redactor PAYMENTS = new Redactor(false, false);

    private final boolean emails;
    private final boolean phones;

    private Redactor(boolean emails, boolean phones) {
        this.emails = emails;
        this.phones = phones;
    }

    /** Masks card numbers and IBANs only. */
    public static Redactor payments() {
        return PAYMENTS;
    }

    /** Masks card numbers, IBANs, and e-mail addresses and phone numbers as asked. */
    public static Redactor of(boolean emails, boolean phones) {
        return emails || phones ? new Redactor(emails, phones) : PAYMENTS;
    }

    /** The text with what this redactor masks replaced; null stays null. */
    public String mask(String text) {
        if (text == null || text.length() < 6) {
            return text;
        }
        String out = text;
        if (mayHoldDigits(out)) {
            out = replaceIbans(out);
            out = replace(CARD_LIKE, out, m -> luhnValid(digits(m)) ? CARD : null);
        }
        if (emails && out.indexOf('@') >= 0) {
            out = EMAIL_LIKE.matcher(out).replaceAll(EMAIL);
        }
        if (phones && mayHoldDigits(out)) {
            out = replace(PHONE_LIKE, out, m -> digits(m).length() >= 8 ? PHONE : null);
        }
        return out;
    }

    private static String replaceIbans(String text) {
        Matcher m = IBAN_LIKE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            // the pattern may run on into the next word ("... 3000 please"): take the longest valid prefix
            int end = validIbanEnd(text, m.start(), m.end());
            if (end < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(IBAN);
            last = end;
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static int validIbanEnd(String text, int start, int end) {
        for (int e = end; e - start >= 15; e--) {
            boolean cutsWord = e != end && e < text.length() && Character.isLetterOrDigit(text.charAt(e));
            if (cutsWord || text.charAt(e - 1) == ' ') {
                continue;
            }
            String compact = text.substring(start, e).replace(" ", "").toUpperCase(Locale.ROOT);
            if (compact.length() >= 15 && compact.length() <= 34 && ibanValid(compact)) {
                return e;
            }
        }
        return -1;
    }

    static boolean ibanValid(String compact) {
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    static boolean luhnValid(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private interface Replacement {
        /** The replacement of the match, or null to keep it. */
        String of(Matcher m);
    }

    private static String replace(Pattern pattern, String text, Replacement replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String r = replacement.of(m);
            if (r == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(r);
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static String digits(Matcher m) {
        StringBuilder d = new StringBuilder();
        for (int i = m.start(); i < m.end(); i++) {
            char c = m.group().charAt(i - m.start());
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        return d.toString();
    }

    private static boolean mayHoldDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && ++digits >= 8) {
                return true;
            }
        }
        return false;
    }
}
