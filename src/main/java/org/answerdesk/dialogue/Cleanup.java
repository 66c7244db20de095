package org.answerdesk.dialogue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question is matched against the FAQ with: the customer's words less what carries no question. A sign-off
 * and the name after it ("Kind regards, Tom"), a greeting with a name ("Hi Anna,"), and the details an FAQ entry never
 * names (order and tracking numbers, email addresses, phone numbers, dates, amounts) are set aside. The stored
 * message stays as written, and the shop's pages are searched with the details kept.
 */
public final class Cleanup {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A sign-off at the end: a closing formula, then at most a few words of name. */
    private static final Pattern SIGN_OFF = Pattern.compile("(?:^|(?<=[.!?\\n,;]))\\s*(?:kind(?:est)? regards|best regards"
            + "|warm regards|many thanks|thanks(?: a lot| so much| in advance)?|thank you(?: very much| in advance)?"
            + "|regards|best wishes|best|cheers|sincerely|yours(?: sincerely| truly)?|br|thx|ta)"
            + "[,.!]?(?:\\s+[\\p{Lu}][\\p{L}'.-]*){0,3}[.!]?\\s*$", F);
    private static final Pattern NAME_SIGNATURE = Pattern.compile("\\n\\s*[-–—]*\\s*[\\p{Lu}][\\p{L}'.-]*"
            + "(?:\\s+[\\p{Lu}][\\p{L}'.-]*)?\\s*$");
    private static final Pattern GREETING_WITH_NAME = Pattern.compile("^\\s*(?:hi|hello|hey|dear|good (?:morning"
            + "|afternoon|evening))(?:\\s+[\\p{Lu}][\\p{L}'.-]*){0,2}\\s*[,!.:]+\\s*", F);
    private static final List<Pattern> DETAILS = List.of(
            Pattern.compile("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
            Pattern.compile("(?:[$€£]\\s?\\d(?:[\\d.,]*\\d)?|\\d(?:[\\d.,]*\\d)?\\s?(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|sek|nok|dkk"
                    + "|[$€£]))(?![\\w])", F),
            Pattern.compile("\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b"),
            Pattern.compile("\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept"
                    + "|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?\\b(?=\\W|$)", F),
            Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ()./-]{6,}\\d(?!\\w)"),
            Pattern.compile("#\\s?[A-Z0-9-]{3,}", F),
            Pattern.compile("\\b(?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{4,}\\b"),
            Pattern.compile("\\b(?:no\\.?|number|nr\\.?)\\s*:?\\s*(?=\\s|$)", F));
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern SENTENCE = Pattern.compile(".+?(?:[.!?]+(?=\\s|$)|\\n|\\z)", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** What a detail leaves at the end of a sentence: "... my order is", "... I ordered on". */
    private static final Pattern DANGLING = Pattern.compile("\\s*\\b(?:(?:my|the|your|our) )?(?:order(?: number| no)?"
            + "|e-?mail(?: address)?|phone(?: number)?|tracking(?: number)?|i ordered on|ordered on|it was|paid|on)"
            + "(?:\\s+is|\\s+was)?[\\s.,:;]*$", F);
    /** The words around a detail that say nothing else ("My order number is ...", "write to ... or call ..."). */
    private static final java.util.Set<String> FILLER = java.util.Set.of("my", "our", "the", "your", "order", "orders",
            "number", "no", "nr", "is", "was", "it", "i", "ordered", "on", "at", "paid", "email", "e", "mail", "address",
            "phone", "call", "me", "write", "to", "or", "and", "reach", "contact", "tracking", "reference", "ref", "id",
            "invoice", "customer", "account", "date", "dated", "from", "of", "s", "here", "you", "can", "us");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([,.!?;:])");

    private Cleanup() {
    }

    /** The question as the FAQ is asked it; the message itself when nothing is left. */
    public static String forLookup(String question) {
        StringBuilder kept = new StringBuilder();
        Matcher sentence = SENTENCE.matcher(withoutWrapping(question));
        while (sentence.find()) {
            String written = sentence.group();
            String masked = written;
            for (Pattern p : DETAILS) {
                masked = p.matcher(masked).replaceAll(" ");
            }
            // "Order #88213." or "My email is x@y.z": once the detail is gone, nothing of the question is left
            if (!masked.equals(written)) {
                if (WORD.matcher(masked).results().allMatch(w -> FILLER.contains(w.group().toLowerCase(
                        java.util.Locale.ROOT)))) {
                    continue;
                }
                masked = DANGLING.matcher(SPACES.matcher(masked).replaceAll(" ")).replaceFirst("");
            }
            kept.append(masked).append(' ');
        }
        String s = SPACE_BEFORE_MARK.matcher(SPACES.matcher(kept).replaceAll(" ")).replaceAll("$1").strip()
                .replaceAll("([,;:])[,;:]+", "$1").replaceAll("[,;:]+$", "");
        return s.replaceAll("^[,.;:!\\s]+", "").isBlank() ? question.strip() : s;
    }

    /** The question without its greeting, sign-off and signature, details kept: for the shop's pages and the LLM. */
    public static String withoutWrapping(String question) {
        String s = GREETING_WITH_NAME.matcher(question).replaceFirst("");
        s = NAME_SIGNATURE.matcher(s).replaceFirst("");
        s = SIGN_OFF.matcher(s).replaceFirst("");
        return s.isBlank() ? question.strip() : s.strip();
    }
}
