package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a question is matched against the FAQ with: the customer's words less what carries no question. The opening,
 * closing and signature ({@link Wrapping}), the details an FAQ entry never names (order and tracking numbers, email
 * addresses, phone numbers, dates, amounts) with the words that only introduce them, and the sentences that only give
 * such details beside a question that stands alone are set aside. The stored message stays as written, and the shop's
 * pages are searched with the details kept ({@link #withoutWrapping}).
 */
public final class Cleanup {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Where a detail was: the words around it are read against it, then it goes. */
    private static final String MARK = "\u2063";
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
            + "(?:\\.(?=\\s*\\d))?";
    private static final List<Pattern> DETAILS = List.of(
            Pattern.compile("(?<![\\w.%+-])[\\w.%+-]++@[\\w-]++(?:\\.[\\w-]++)+"),
            Pattern.compile("(?:[$€£]\\s?\\d(?:[\\d.,]*\\d)?|(?<!\\d|\\d[.,])\\d(?:[\\d.,]*\\d)?\\s?(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|sek|nok|dkk"
                    + "|[$€£]))(?![\\w])", F),
            Pattern.compile("\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b"),
            Pattern.compile("\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+\\d{4})?|" + MONTH
                    + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|" + MONTH + ",?\\s+\\d{4})(?=\\W|$)", F),
            Pattern.compile("\\b(?:on |since |from )?(?:the )?\\d{1,2}(?:st|nd|rd|th)\\b(?! (?:floor|time|birthday))", F),
            Pattern.compile("\\b(?!24/7\\b)(?:[0-2]?\\d|3[01])/(?:0?[1-9]|1[0-2])\\b(?!/)"),
            Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b"),
            Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ()./-]{6,}\\d(?!\\w)"),
            Pattern.compile("#\\s?[A-Z0-9-]{3,}", F),
            Pattern.compile("\\b(?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{4,}\\b"),
            Pattern.compile("\\b(?:PO|ID)\\s?\\d{3,}\\b|\\b(?i:no\\.?|nr\\.?|number|num\\.?)\\s*(?::\\s*)?\\d{3,}\\b"),
            Pattern.compile("(?<=\\p{L})\\d{5,}\\b"),
            Pattern.compile("(?<=\\b(?i:order|invoice|receipt|ref|reference|ticket|case)\\s{1,3}:?\\s{0,3})\\d{3,}\\b"),
            Pattern.compile("\\blast (?:mon|tues|wednes|thurs|fri|satur|sun)day\\b", F));
    /** The word that introduced a detail, with the detail: "order no. 88213", "Tracking no. 1Z99...". */
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(?:no\\.?|number|nr\\.?|num\\.?)\\s*(?::\\s*)?(?="
            + MARK + ")|\\(\\s*" + MARK + "\\s*\\)", F);
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    /** Where a sentence starts without a mark before it: a capitalised word after a small one. */
    private static final Pattern RUN_ON = Pattern.compile("(?<=[\\p{Ll}" + MARK + "])\\s+(?=\\p{Lu}\\p{Ll})|(?<=[\\p{Ll}"
            + MARK + "])(?<!\\b(?i:can|could|do|does|did|should|would|will|may|shall|am|have|if|when|where|how|what|why"
            + "|and|but|so|because|that|as|while|until|once|after|before|since|than|or))\\s+(?=I(?:'|’|\\s))");
    /** A sentence that asks: a question mark, or a question's or a request's first words. */
    private static final Pattern ASKS = Pattern.compile("\\?|^\\s*(?i:how|what|what's|whats|where|when|why|which|who"
            + "|can|could|do|does|did|is|are|will|would|should|may|any|please|i need|i want|i'd like|i would like)\\b");
    /** The fewest words of a question that stands without the sentences that carry the details. */
    private static final int STANDS_ALONE = 6;
    /**
     * A sentence: up to a mark that is not an abbreviation's ("order no. 123", "Mrs. Li"), a line break or the end. A
     * run of marks is read from its first mark only, so that "...." is one pass.
     */
    private static final Pattern SENTENCE = Pattern.compile("[.!?]++(?=\\s|$)|.+?(?:(?<!\\b(?i:no|nr|mr|mrs|ms|dr|approx"
            + "|ca|e\\.g|i\\.e))(?<![.!?])[.!?]++(?=\\s|$)|\\n|\\z)", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** What a detail leaves at the end of a sentence: "... my order is", "... I ordered on". */
    private static final Pattern DANGLING = Pattern.compile("(?<!\\s)\\s*+\\b(?:(?:my|the|your|our) )?(?:(?:(?:order|e-?mail"
            + "|phone|tracking)(?: number| no| address)?|it)\\s+(?:is|was)|(?:order|phone|tracking) (?:number|no)"
            + "|e-?mail address|i ordered on|ordered on|paid|on)[\\s.,:;]*+$", F);
    /** The words around a detail that say nothing else ("My order number is ...", "write to ... or call ..."). */
    private static final Set<String> FILLER = Set.of("my", "our", "the", "your", "order", "orders",
            "number", "no", "nr", "is", "was", "it", "i", "ordered", "on", "at", "paid", "email", "e", "mail", "address",
            "phone", "call", "me", "write", "to", "or", "and", "reach", "contact", "tracking", "reference", "ref", "id",
            "invoice", "customer", "account", "date", "dated", "from", "of", "s", "here", "you", "can", "us", "total",
            "cost", "costs", "in", "for", "with", "placed", "receipt", "transaction", "confirmation", "code",
            "attached", "postcode", "zip", "if", "easier", "under", "po", "a", "an", "this", "that", "via",
            "amount", "tel", "mobile", "ticket", "case", "mine", "bought", "purchased", "last", "week", "month",
            "yesterday", "today", "name", "be", "am", "m", "returning", "regular", "existing", "loyal", "x", "about",
            "around", "approx", "approximately", "anytime", "i'm", "i’m", "by", "paypal", "card",
            "visa", "mastercard", "amex", "klarna", "cash", "bank", "transfer", "credit", "debit",
            "helps", "delivery", "shipping", "billing");
    /** Words that make the details after them context ("I placed the order on ... and paid ..."), not the question. */
    private static final Set<String> CONTEXT = Set.of("placed", "paid", "bought", "purchased",
            "ordered", "reach", "call", "contact", "phone", "mobile", "tel", "email", "total", "cost", "costs", "under",
            "receipt", "transaction", "tracking", "ref", "reference", "invoice", "account", "customer", "postcode",
            "zip", "confirmation", "attached");
    /** At the start, "I ordered on ... and paid ..." still says what the question is about. */
    private static final Set<String> LEADING_CONTEXT = CONTEXT.stream().filter(w -> !Set.of(
            "ordered", "paid", "bought", "purchased").contains(w)).collect(Collectors.toSet());
    /** What names a detail before it ("Order: 77120934", "Receipt #R-55102"). */
    private static final Set<String> LABELS = Set.of("order", "receipt", "invoice", "ref",
            "reference", "tracking", "account", "customer", "transaction", "confirmation", "number", "no", "id", "code",
            "date", "my", "is", "the");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’]+|" + MARK);
    /** A parenthesis around a detail ("(order 55-1932-A)") and "my name is ..." go with the detail. */
    private static final Pattern AROUND_DETAIL = Pattern.compile("\\(([^()]*" + MARK + "[^()]*)\\)"
            + "|(?i:my name(?: on the (?:order|account))? is) \\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("(?<!\\s)\\s++([,.!?;:])");
    private static final Pattern REPEATED_PUNCTUATION = Pattern.compile("([,;:])[,;:]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?<![,;:])[,;:]++$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,.;:!\\s]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /**
     * The detail rules that match nothing without a digit: a message with no digit (most questions) skips them. All
     * that name a digit but the email address, "#R-55102" and "last monday"; a rule added to {@link #DETAILS} that
     * can match without a digit must be listed among those here.
     */
    private static final Set<Pattern> NEEDS_DIGIT = DETAILS.stream().filter(p -> p.pattern().contains("\\d")
            && !p.pattern().contains("@") && !p.pattern().startsWith("#") && !p.pattern().contains("last "))
            .collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));

    private Cleanup() {
    }

    /**
     * Whether a language's file asks for the detail rules below ({@code details	rules}: English's words are in this
     * class); another language's details are read by {@link LocalDetails} from its file.
     */
    private static final Lexicon.PerLanguage<Boolean> BY_RULES = Lexicon.perLanguage(lexicon -> lexicon.words("details")
            .equals("rules"));

    /** The detail rules' details, in the order they are masked: some are no language's words. */
    static List<Pattern> details() {
        return DETAILS;
    }

    /**
     * The question in {@code language} as the FAQ is asked it (the rules below or {@link LocalDetails}, as the
     * language's file says); a language with no file keeps its words, less the mail client's lines.
     */
    public static String forLookup(String question, Locale language) {
        if (byRules(language)) {
            String s = lookupOrBlank(question, language);
            return s.isBlank() ? question.strip() : s;
        }
        String s = withoutWrapping(question, language);
        return LocalDetails.reads(language) ? LocalDetails.forLookup(s, language) : s;
    }

    /** The question in {@code language} without its greeting, sign-off and signature, details kept. */
    public static String withoutWrapping(String question, Locale language) {
        String s = Wrapping.strip(question, language);
        return s.isBlank() ? question.strip() : s;
    }

    /**
     * Whether nothing of the message is left to look up once its wrapping and details are set aside: an order number
     * alone ("4471920", "Bestellnummer 4471920"), an email address alone.
     */
    static boolean onlyDetails(String message, Locale language) {
        if (byRules(language)) {
            return lookupOrBlank(message, language).isBlank();
        }
        return LocalDetails.reads(language) && LocalDetails.lookupOrBlank(withoutWrapping(message, language),
                language).isBlank();
    }

    private static boolean byRules(Locale language) {
        return BY_RULES.get(language).orElse(false);
    }

    /**
     * The detail rules' lookups of recent messages: the one-step answer masks a message's details to see whether only
     * details are left ({@link #onlyDetails}), then again to look it up ({@link #forLookup}).
     */
    private static final Recent<String> LOOKUPS = new Recent<>(Cleanup::masked, 2_000, 512);

    private static String lookupOrBlank(String question, Locale language) {
        return LOOKUPS.get(question, language);
    }

    private static String masked(String question, Locale language) {
        String masked = withoutWrapping(question, language);
        boolean digits = DIGIT.matcher(masked).find();
        for (Pattern p : DETAILS) {
            if (digits || !NEEDS_DIGIT.contains(p)) {
                masked = p.matcher(masked).replaceAll(" " + MARK + " ");
            }
        }
        masked = aroundDetails(NUMBER_WORD.matcher(masked).replaceAll(" "));
        // a sentence with a detail may run into the question unpunctuated: "... the box Bought it on ..."
        List<List<String>> sentences = SENTENCE.matcher(masked).results().map(m -> m.group().contains(MARK)
                ? List.of(RUN_ON.split(m.group())) : List.of(m.group())).toList();
        // a message that asks nothing tells a story ("furious. paid $89 yesterday and again a minute later. sort it
        // out"): its sentences with details are the story, not context beside a question that stands alone
        boolean asks = sentences.stream().flatMap(List::stream).anyMatch(x -> ASKS.matcher(x).find());
        int questionWords = !asks ? 0 : sentences.stream().flatMap(List::stream).filter(x -> !x.contains(MARK)
                || ASKS.matcher(x).find()).mapToInt(x -> (int) WORD.matcher(x).results().count()).sum();
        StringBuilder kept = new StringBuilder();
        for (List<String> pieces : sentences) {
            String written = pieces.stream().filter(x -> kept(x, pieces.size() > 1, questionWords))
                    .collect(Collectors.joining(" "));
            if (written.contains(MARK)) {
                // "Order #88213." or "My email is x@y.z": once the detail is gone, nothing of the question is left
                if (onlyFiller(written)) {
                    continue;
                }
                written = DANGLING.matcher(SPACES.matcher(withoutContext(written).replace(MARK, " "))
                        .replaceAll(" ")).replaceFirst("");
            }
            kept.append(written).append(' ');
        }
        String s = SPACE_BEFORE_MARK.matcher(SPACES.matcher(kept).replaceAll(" ")).replaceAll("$1").strip();
        s = REPEATED_PUNCTUATION.matcher(s).replaceAll("$1");
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        return LEADING_PUNCTUATION.matcher(s).replaceAll("");
    }

    /**
     * Whether a piece of a sentence stays: "I bought the kettle last week (order 55-1932-A)." beside a question that
     * stands alone is context, and so is a piece of filler split off a sentence with a detail ("Bought it in your |
     * Berlin store on 12/09."), unless it asks.
     */
    private static boolean kept(String piece, boolean split, int questionWords) {
        boolean asks = ASKS.matcher(piece).find();
        if (split && onlyFiller(piece) && !asks) {
            return false;
        }
        return !piece.contains(MARK) || !onlyFiller(piece) && (questionWords < STANDS_ALONE || asks);
    }

    private static boolean onlyFiller(String text) {
        return WORD.matcher(text).results().allMatch(w -> filler(w.group()));
    }

    private static boolean filler(String word) {
        return FILLER.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Parentheses around a detail with nothing but filler in them, and "my name is ...", as the detail. */
    private static String aroundDetails(String masked) {
        return AROUND_DETAIL.matcher(masked).replaceAll(m -> m.group(1) == null || WORD.matcher(m.group(1)).results()
                .allMatch(w -> filler(w.group())) ? " " + MARK + " " : Matcher.quoteReplacement(m.group()));
    }

    /**
     * A sentence less the words at its start or end that only give details ("Tracking no. 1Z99... how do I ...",
     * "... return policy I placed the order on 5 Nov and paid $89.50"): filler words and details, with a detail and a
     * word that says what it is. At the end, from the capital that starts them when there is one ("... need it My
     * account is under ...").
     */
    private static String withoutContext(String sentence) {
        List<MatchResult> tokens = TOKEN.matcher(sentence).results().toList();
        int to = 0;
        int lastDetail = -1;
        boolean naming = false;
        boolean context = false;
        for (; to < tokens.size() && detailOrFiller(tokens.get(to).group()); to++) {
            String t = tokens.get(to).group().toLowerCase(Locale.ROOT);
            lastDetail = t.equals(MARK) ? to : lastDetail;
            naming |= LEADING_CONTEXT.contains(t);
            context |= CONTEXT.contains(t);
        }
        // "I ordered on 3 May and paid $45, where is it?" says what it asks about; "bought on 14/02 can I ..." not
        if (to < tokens.size() && lastDetail >= 0 && (naming || LABELS.containsAll(tokens.subList(0, lastDetail)
                .stream().map(t -> t.group().toLowerCase(Locale.ROOT)).toList()) || context && !sentence.substring(
                tokens.get(lastDetail).end(), tokens.get(lastDetail + 1).start()).contains(","))) {
            return withoutContext(sentence.substring(tokens.get(lastDetail).end()));
        }
        int from = tokens.size();
        boolean detail = false;
        context = false;
        int capital = -1;
        while (from > 0 && detailOrFiller(tokens.get(from - 1).group())) {
            String t = tokens.get(--from).group();
            detail |= t.equals(MARK);
            context |= CONTEXT.contains(t.toLowerCase(Locale.ROOT));
            capital = Character.isUpperCase(t.charAt(0)) ? from : capital;
        }
        int cut = capital >= 0 ? capital : from;
        return cut == 0 || !detail || !context ? sentence : sentence.substring(0, tokens.get(cut).start());
    }

    private static boolean detailOrFiller(String token) {
        return token.equals(MARK) || filler(token);
    }
}
