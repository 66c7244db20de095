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
    /** A line of a signature: short, no question, starting with a capital, a digit or a sign. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile("[\\p{Lu}\\d+(][^?\\s]*(?:[ \\t]+[^?\\s]+){0,7}");
    private static final int SIGNATURE_LINES = 4;
    /** Where the mail client's or a signature's lines start: everything after goes. */
    private static final String CLIENT_WORDS = "(?i:sent from (?:my|outlook|yahoo|mail for)|get outlook for)";
    private static final Pattern CLIENT_LINE = Pattern.compile("(?m)^(?:--\\s*|__+\\s*|" + CLIENT_WORDS + "\\b.*)$");
    /** A pattern that finds nothing: for a part a language's file does not give. */
    private static final Pattern NONE = Pattern.compile("(?!)");
    /**
     * A language's patterns by part (greeting, pleasantry, closing, client), built from its words ({@code wrap.*} in
     * its lexicon).
     */
    private static final Lexicon.PerLanguage<Map<String, Pattern>> BY_LANGUAGE =
            Lexicon.perLanguage(Wrapping::patterns);

    private Wrapping() {
    }

    /**
     * The message less its opening and closing in {@code language}; in a language with no file, only the mail
     * client's lines.
     */
    static String strip(String message, Locale language) {
        Map<String, Pattern> patterns = BY_LANGUAGE.get(language).orElse(Map.of());
        String s = message.replace("\r", "");
        Matcher client = patterns.getOrDefault("client", CLIENT_LINE).matcher(s);
        if (client.find()) {
            s = s.substring(0, client.start());
        }
        Pattern greeting = patterns.getOrDefault("greeting", NONE);
        Pattern pleasantry = patterns.getOrDefault("pleasantry", NONE);
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = greeting.matcher(s).replaceFirst("");
            s = pleasantry.matcher(s).replaceFirst("");
        }
        Pattern closing = patterns.getOrDefault("closing", NONE);
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = withoutClosing(s.strip(), closing);
        }
        return s.strip();
    }

    /**
     * A language's patterns; {@code wrap.named}: words after one's name that introduce oneself ("Carlos here"), after
     * an introduction's name or alone.
     */
    private static Map<String, Pattern> patterns(Lexicon lexicon) {
        Map<String, Pattern> patterns = new HashMap<>();
        String addressee = lexicon.alternatives("wrap.addressee").map(a -> "(?iu:" + a + ")|").orElse("");
        String bare = lexicon.alternatives("wrap.bare").map(b -> "|(?iu:" + b + ")[,!.]*\\s").orElse("");
        lexicon.alternatives("wrap.greeting").ifPresent(words -> patterns.put("greeting", lexicon.compile(
                "wrap.greeting", "^\\s*(?:(?iu:" + words + ")(?:\\s+(?:" + addressee + "\\p{Lu}[\\p{L}'’-]*)){0,4}"
                        + "\\s*(?::\\)|:-\\)|[,!.:;]+|\\n|$)" + bare + ")\\s*(?::\\)|:-\\))?\\s*")));
        String named = lexicon.alternatives("wrap.named").map(n -> "(?iu: " + n + ")").orElse("");
        String intro = lexicon.alternatives("wrap.intro").map(i -> "|(?iu:" + i + ") " + NAME
                + (named.isEmpty() ? "" : named + "?|" + NAME + named)).orElse("");
        lexicon.alternatives("wrap.pleasantry").ifPresent(words -> patterns.put("pleasantry", lexicon.compile(
                "wrap.pleasantry", "^\\s*(?:(?iu:" + words + ")" + intro
                        + ")\\s*(?:[.!,;:]+|\\n|$)\\s*(?::\\)|:-\\))?\\s*")));
        lexicon.alternatives("wrap.closing").ifPresent(words -> patterns.put("closing",
                closing(lexicon, "(?iu:" + words + ")")));
        // a German customer's phone may still say "Sent from my iPhone": the client's lines are the device's
        patterns.put("client", lexicon.compile("wrap.client", "(?m)^(?:--\\s*|__+\\s*|(?:" + CLIENT_WORDS
                + lexicon.alternatives("wrap.client").map(c -> "|(?iu:" + c + ")").orElse("") + ")\\b.*)$"));
        return Map.copyOf(patterns);
    }

    /**
     * A closing made of {@code words} at the end, after a sentence, a mark or a line break (or a capital after a space:
     * "... back Regards"), several in a row ("Appreciate it, thanks.") and the name after it on the same line. Every
     * run of marks and spaces is taken whole (possessive) and a run of line breaks is entered at its end only, so a
     * message of thousands of spaces or line breaks is read in one pass.
     */
    private static Pattern closing(Lexicon lexicon, String words) {
        return lexicon.compile("wrap.closing",
                "(?:^|(?<=[.!?,;:)])|(?<=\\n)(?=\\S)|\\s(?=\\p{Lu}))\\s*+" + words + "(?:[\\s,.!/:;-]++"
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
