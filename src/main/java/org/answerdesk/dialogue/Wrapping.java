package org.answerdesk.dialogue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines and sentences around a question that carry none: openings ("Hello team,", "Hi, hope you're well.",
 * "Good evening, my name is Carlos Mendes."), closings with the name and signature after them ("Thanks in advance!",
 * "Kind regards\nMarco Rossi\nSales Manager", "Please let me know asap. Thanks, Raj") and the mail client's line
 * ("Sent from my iPhone", a "-- " signature). Word lists are case-insensitive, names are capitalised.
 */
final class Wrapping {

    /** A capitalised name of up to four words, an initial, a title ("Mrs. O'Connor", "J.", "Emma & Tom"). */
    private static final String NAME = "(?:(?i:mr|mrs|ms|dr|miss)\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3}";
    private static final String GREETING_WORD = "(?i:hi+|hell+o+|he+y+|hiya|heya|howdy|yo|greetings|dear|hallo|hola|g['’]day"
            + "|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|to whom it may concern)";
    private static final String ADDRESSEE = "(?:\\s+(?:(?i:there|again|team|all|everyone|guys|folks|y'all|from|sir(?: or madam)?"
            + "|madam|customer (?:service|support|care)|support(?: team)?|(?:the )?(?:service|support|sales) team)"
            + "|\\p{Lu}[\\p{L}'’-]*)){0,4}";
    /** A greeting with whom it addresses, ended by a mark, a line break or the end; a bare "Hi"/"Hiya" by a space. */
    private static final Pattern GREETING = Pattern.compile("^\\s*(?:" + GREETING_WORD + ADDRESSEE
            + "\\s*(?::\\)|:-\\)|[,!.:;]+|\\n|$)|(?i:hi+|hell+o+|he+y+|hiya|heya|yo|greetings)[,!.]*\\s)\\s*(?::\\)|:-\\))?\\s*");
    /** A pleasantry or an introduction that is a sentence of its own at the start. */
    private static final Pattern PLEASANTRY = Pattern.compile("^\\s*(?:(?i:(?:i )?hope (?:you(?:'re|’re| are) "
            + "(?:well|doing well|good|ok|okay|fine)|all is well|this (?:message |email |mail )?finds you well"
            + "|your (?:day|week|weekend)(?:'s|’s| is) going (?:well|great|good|ok|okay|fine)|you(?:'re|’re| are) having a (?:good|great"
            + "|nice) (?:day|week)|you can help(?: me)?(?: out)?|someone can help(?: me)?)"
            + "|quick (?:question|one)|(?:i(?:'m|’m| am) )?sorry to (?:bother|trouble) you(?: again)?"
            + "|(?:i(?:'m|’m| am) )?sorry (?:for|about) the (?:long|late) (?:message|email|mail|reply)"
            + "|(?:it(?:'s|’s| is) )?me again|(?:i(?:'m|’m| am) )?(?:a )?(?:new|regular|loyal|long[- ]?time) customer"
            + "(?: here| of yours)?|(?:i(?:'m|’m| am) )?writing (?:on behalf of|for) (?:my )?\\p{L}+"
            + "|(?:this is )?(?:my )?first time (?:writing|messaging|contacting|reaching out|ordering|buying|shopping)"
            + "(?: to| from| with)?(?: you| here| "
            + "you guys)?|thanks? (?:you )?for (?:getting back to me|your (?:quick )?(?:reply|answer)|the (?:quick )?"
            + "reply)[^.!?\\n]*)|(?i:this is|it'?s|it’s|my name is|i am|i'm|i’m) " + NAME + "(?i: here)?"
            + "|" + NAME + " (?i:here))\\s*(?:[.!,;:]+|\\n|$)\\s*(?::\\)|:-\\))?\\s*");
    private static final String CLOSING_WORDS = "(?i:kind(?:est)? regards|best regards|warm(?:est)? regards|regards"
            + "|best wishes|warm(?:est)? wishes|all the best|best"
            + "|(?:many thanks|thanks|thank you|cheers|ta)(?: a lot| so much| kindly"
            + "| very much| in advance| a million| again| a bunch| mate| guys| all)?(?: for (?:your|the|any) (?:help|time"
            + "|support|assistance))?|waiting for your (?:reply|answer|response)"
            + "|thx|ty|tia|bye(?: for now)?|warmly|greetings(?: from \\p{Lu}[\\p{L}'’-]*)?|sincerely|yours(?: sincerely| truly| faithfully)?|faithfully|speak soon|talk soon"
            + "|take care|have a (?:nice|good|great|lovely) (?:day|week|weekend|one)"
            + "|(?:i(?:'m| am) )?(?:looking|look) forward to (?:hearing "
            + "from you|your (?:reply|answer|response))|hope to hear (?:back )?(?:from you )?soon|(?:please )?let me "
            + "know(?: asap| soon| as soon as possible)?|appreciate it|(?:much |really )?appreciated|you(?: guys)? are "
            + "(?:great|the best|awesome)|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|br|bw|xx?)";
    /**
     * A closing at the end, after a sentence, a mark or a line break (or a capital after a space: "... back Regards"),
     * several in a row ("Appreciate it, thanks.") and the name after it on the same line. Every run of marks and
     * spaces is taken whole (possessive) and a run of line breaks is entered at its end only, so a message of
     * thousands of spaces or line breaks is read in one pass.
     */
    private static final Pattern CLOSING = closing(CLOSING_WORDS);
    /** A line of a signature: short, no question, starting with a capital, a digit or a sign. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile("[\\p{Lu}\\d+(][^?\\s]*(?:[ \\t]+[^?\\s]+){0,7}");
    private static final int SIGNATURE_LINES = 4;
    /** Where the mail client's or a signature's lines start: everything after goes. */
    private static final String CLIENT_WORDS = "(?i:sent from (?:my|outlook|yahoo|mail for)|get outlook for)";
    private static final Pattern CLIENT_LINE = Pattern.compile("(?m)^(?:--\\s*|__+\\s*|" + CLIENT_WORDS + "\\b.*)$");
    /** A pattern that finds nothing: for a part a language's file does not give. */
    private static final Pattern NONE = Pattern.compile("(?!)");
    /**
     * Every language's patterns by {@code <language>.<part>} (greeting, pleasantry, closing, client): English's are
     * the ones above; another language's are built the same way from its words ({@code wrap.*} in its lexicon).
     */
    private static final Map<String, Pattern> BY_LANGUAGE = byLanguage();

    private Wrapping() {
    }

    /** The message less its English opening and closing; blank when that is all it is. */
    static String strip(String message) {
        return strip(message, Locale.ENGLISH);
    }

    /** The message less its opening and closing in {@code language}; only the mail client's lines in another. */
    static String strip(String message, Locale language) {
        String code = Lexicon.code(language);
        String s = message.replace("\r", "");
        Matcher client = BY_LANGUAGE.getOrDefault(code + ".client", CLIENT_LINE).matcher(s);
        if (client.find()) {
            s = s.substring(0, client.start());
        }
        Pattern greeting = BY_LANGUAGE.getOrDefault(code + ".greeting", NONE);
        Pattern pleasantry = BY_LANGUAGE.getOrDefault(code + ".pleasantry", NONE);
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = greeting.matcher(s).replaceFirst("");
            s = pleasantry.matcher(s).replaceFirst("");
        }
        Pattern closing = BY_LANGUAGE.getOrDefault(code + ".closing", NONE);
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = withoutClosing(s.strip(), closing);
        }
        return s.strip();
    }

    private static Map<String, Pattern> byLanguage() {
        Map<String, Pattern> patterns = new HashMap<>(Map.of("en.greeting", GREETING, "en.pleasantry", PLEASANTRY,
                "en.closing", CLOSING, "en.client", CLIENT_LINE));
        Lexicon.shipped().forEach((language, lexicon) -> {
            String addressee = lexicon.alternatives("wrap.addressee").map(a -> "(?iu:" + a + ")|").orElse("");
            String bare = lexicon.alternatives("wrap.bare").map(b -> "|(?iu:" + b + ")[,!.]*\\s").orElse("");
            lexicon.alternatives("wrap.greeting").ifPresent(words -> patterns.put(language + ".greeting",
                    Pattern.compile("^\\s*(?:(?iu:" + words + ")(?:\\s+(?:" + addressee + "\\p{Lu}[\\p{L}'’-]*)){0,4}"
                            + "\\s*(?::\\)|:-\\)|[,!.:;]+|\\n|$)" + bare + ")\\s*(?::\\)|:-\\))?\\s*")));
            String intro = lexicon.alternatives("wrap.intro").map(i -> "|(?iu:" + i + ") " + NAME).orElse("");
            lexicon.alternatives("wrap.pleasantry").ifPresent(words -> patterns.put(language + ".pleasantry",
                    Pattern.compile("^\\s*(?:(?iu:" + words + ")" + intro
                            + ")\\s*(?:[.!,;:]+|\\n|$)\\s*(?::\\)|:-\\))?\\s*")));
            lexicon.alternatives("wrap.closing").ifPresent(words -> patterns.put(language + ".closing",
                    closing("(?iu:" + words + ")")));
            // a German customer's phone may still say "Sent from my iPhone": the client's lines are the device's
            patterns.put(language + ".client", Pattern.compile("(?m)^(?:--\\s*|__+\\s*|(?:" + CLIENT_WORDS
                    + lexicon.alternatives("wrap.client").map(c -> "|(?iu:" + c + ")").orElse("") + ")\\b.*)$"));
        });
        return Map.copyOf(patterns);
    }

    /** A closing made of {@code words}, built as {@link #CLOSING} is. */
    private static Pattern closing(String words) {
        return Pattern.compile("(?:^|(?<=[.!?,;:)])|(?<=\\n)(?=\\S)|\\s(?=\\p{Lu}))\\s*+" + words + "(?:[\\s,.!/:;-]++"
                + words + ")*+[\\s,.!:;)–—-]*+(?:\\s*+" + NAME + ")?[\\s.!]*+(?::\\)|:-\\))?\\s*+$");
    }

    /** The text less a closing at its end, or a closing followed by up to four lines of signature. */
    private static String withoutClosing(String s, Pattern closing) {
        String[] lines = s.split("\n", -1);
        for (int signature = 0; signature <= Math.min(SIGNATURE_LINES, lines.length - 1); signature++) {
            if (signature > 0 && !SIGNATURE_LINE.matcher(lines[lines.length - signature].strip()).matches()) {
                break;
            }
            String head = String.join("\n", java.util.Arrays.copyOf(lines, lines.length - signature)).strip();
            Matcher m = closing.matcher(head);
            if (m.find()) {
                return head.substring(0, m.start());
            }
        }
        return s;
    }
}
