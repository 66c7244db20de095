package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions in a message that asks several ("Do you ship to Norway? And which payment methods do you accept?"):
 * sentences that end in a question mark, each long enough to stand alone. A message with one such sentence is one
 * question, whatever else it says.
 */
final class Parts {

    private static final Pattern QUESTION = Pattern.compile("(?<![^?.!\\n])[^?.!\\n]++\\?+");
    /** The fewest words a sentence needs to be asked on its own ("and to the UK?" leans on the one before). */
    static final int MIN_WORDS = 4;
    static final int MAX_PARTS = 4;
    /** The fewest words of a first question that an "and" question follows ("tem cerveja? e onde ..."). */
    static final int SHORT_WORDS = 2;
    /** A half that ends a sentence of its own ("the code gives not valid."): a report, not context. */
    private static final Pattern SENTENCE = Pattern.compile("[.!?\uff1f]\\s*+$");
    /** A short first question that only reacts: a number in it, or more than one question mark. */
    private static final Pattern REACTION = Pattern.compile("\\p{N}|\\?\\?");
    /** The fewest words each of two questions typed as one sentence needs ("vous prenez payconiq"). */
    static final int JOINED_WORDS = 3;

    private Parts() {
    }

    private static final Pattern NOTHING = Pattern.compile("(?!)");

    /**
     * A language's leading "and" words ({@code and}, from {@code and} and {@code and.parts} in its lexicon) and
     * continuation starts ({@code continues}, from {@code continues}).
     */
    private static final Lexicon.PerLanguage<Map<String, Pattern>> BY_LANGUAGE = Lexicon.perLanguage(Parts::patterns);

    /**
     * Whether a message in {@code language} starts as a continuation ("und nach Österreich?"); never in a language
     * with no file.
     */
    static boolean continues(String message, Locale language) {
        Pattern continuation = BY_LANGUAGE.get(language).orElse(Map.of()).get("continues");
        return continuation != null && continuation.matcher(message.strip()).matches();
    }

    /** The message less its leading "and" ("und", "et", ...) in {@code language}; as it is without one. */
    static String withoutAnd(String message, Locale language) {
        Pattern and = BY_LANGUAGE.get(language).orElse(Map.of()).getOrDefault("and", NOTHING);
        return and.matcher(message.strip()).replaceFirst("");
    }

    /** The questions in a message in {@code language}, each less its leading "and" ("und", "et", ...). */
    static List<String> of(String message, Locale language) {
        Pattern and = BY_LANGUAGE.get(language).orElse(Map.of()).getOrDefault("and", NOTHING);
        List<String> parts = new ArrayList<>();
        Matcher m = QUESTION.matcher(message);
        int end = 0;
        boolean shortBefore = false;
        boolean shortJoined = false;
        while (m.find()) {
            boolean joined = and.matcher(m.group().strip()).lookingAt();
            if (shortBefore && !joined && !shortJoined) {
                return List.of(message);
            }
            shortJoined = false;
            Optional<String> statement = parts.isEmpty() ? statementBefore(message.substring(0, m.start()))
                    : Optional.empty();
            if (joined) {
                statement.ifPresent(parts::add);
            }
            String part = and.matcher(m.group().strip()).replaceFirst("");
            int words = part.split("\\s+").length;
            // "tem cerveja? e onde estaciona o povo?": a short question is one of several when an "and" follows
            // but "40 euro?? e un autobus 'un c'è?": a number echoed back, or "??", is a reaction, not a question
            // and "y eso caduca? se puede pagar por bizum?": a short question going on from the turn before, then one
            // of its own
            shortBefore = words < MIN_WORDS && parts.isEmpty() && !REACTION.matcher(part).find();
            if (words < MIN_WORDS && !(shortBefore && words >= SHORT_WORDS)) {
                return List.of(message);
            }
            shortJoined = shortBefore && joined;
            parts.add(part);
            end = m.end();
        }
        if (shortBefore && parts.size() < 2) {
            return List.of(message);
        }
        // typed on a phone, the last question often has no question mark: "... grillen? und gibts semmeln"
        String rest = message.substring(end).strip();
        Matcher joined = and.matcher(rest);
        if (!parts.isEmpty() && joined.lookingAt()) {
            String part = joined.replaceFirst("");
            if (part.split("\\s+").length < MIN_WORDS) {
                return List.of(message);
            }
            parts.add(part);
        } else if (!parts.isEmpty() && asksAfter(rest, language)) {
            parts.add(rest); // "vous faites des cours pour adultes ? on s'inscrit comment": asked by its words
        }
        return parts.size() < 2 || parts.size() > MAX_PARTS ? List.of(message) : parts;
    }

    /**
     * The sentence before a question that an "and" opens, where it is one of at least {@link #MIN_WORDS} words ended
     * by "." or "!" ("i would like to make an account. and later, can i delete it easily?"): a request of its own,
     * which the "and" adds a question to. Empty otherwise (the question alone, or a statement it does not join).
     */
    private static Optional<String> statementBefore(String before) {
        // by hand, one pass from the end: an unanchored pattern would scan the text once per start
        int end = before.stripTrailing().length();
        int marks = end;
        while (marks > 0 && (before.charAt(marks - 1) == '.' || before.charAt(marks - 1) == '!')) {
            marks--;
        }
        if (marks == end) {
            return Optional.empty();
        }
        int start = marks;
        while (start > 0 && ".!?\n".indexOf(before.charAt(start - 1)) < 0) {
            start--;
        }
        String sentence = before.substring(start, marks).strip();
        return words(sentence) >= MIN_WORDS ? Optional.of(sentence) : Optional.empty();
    }

    /**
     * Two questions typed as one sentence, no question mark between them ("vous vendez des verres trempés et vous
     * prenez payconiq", "hasta q hora puedo ir el domingo y tienen wifi pa esperar"): split at the language's "and"
     * where what follows opens a question ({@code parts.opens}: "vous", "tienen", "kan ik", "how long"), each side of at
     * least {@link #JOINED_WORDS} words. The message whole otherwise. Whether they are two questions is for the FAQ to
     * say ({@link SeveralQuestions#joined}).
     */
    static List<String> joined(String message, Locale language) {
        Pattern opens = BY_LANGUAGE.get(language).orElse(Map.of()).get("opens");
        if (opens == null) {
            return List.of(message);
        }
        Matcher m = opens.matcher(message);
        while (m.find()) {
            String first = message.substring(0, m.start()).strip();
            String second = message.substring(m.end()).strip();
            if (words(first) >= JOINED_WORDS && words(second) >= JOINED_WORDS && !statementBeside(first, second,
                    language)) {
                return List.of(first, second);
            }
        }
        return List.of(message);
    }

    /**
     * Whether the first of two halves of one sentence is a statement before the question that the second asks ("mon
     * gars a 7 ans pis il grandit vite, vous avez tu de quoi qui a deja servi?", "j'cherche le dernier kim thuy pis
     * vous l'avez pas, pouvez vous le faire venir?"): the customer marks the question with a question mark, the second
     * half asks by its words ({@link FollowUpCue#asks}, or a question's opening words inside it, {@code parts.opens})
     * and the first by none. Such a half is context for the question, never a question of its own. Without a question
     * mark a question may be asked by its tone alone ("hend ihr am mittwoch offa ond nemmet ihr karte"): the FAQ
     * decides. A first half that is a sentence of its own (ends in ".", "!" or "?") is never context.
     */
    static boolean statementBeside(String first, String second, Locale language) {
        return !SENTENCE.matcher(first).find() && second.contains("?") && !asks(first, language)
                && asks(withoutClosingMark(second), language);
    }

    /** The text less the question marks that close it: the whole sentence's, not its last half's. */
    static String withoutClosingMark(String text) {
        String stripped = text.stripTrailing();
        int end = stripped.length();
        while (end > 0 && (stripped.charAt(end - 1) == '?' || stripped.charAt(end - 1) == '\uff1f')) {
            end--;
        }
        return stripped.substring(0, end);
    }

    /**
     * Whether the words after the last question mark are a question of their own with no "and" before them: of at
     * least {@link #JOINED_WORDS} words, ending in a question's word ({@link FollowUpCue#endsAsking}: "on s'inscrit
     * comment", "die anmeldung läuft wie"), no sentence of their own before ("... ? Ich brauche sie am Freitag. wann kommt sie"). A statement after
     * a question ("... ? I need it by friday") stays with it.
     */
    private static boolean asksAfter(String rest, Locale language) {
        int end = rest.length();
        while (end > 0 && (rest.charAt(end - 1) == '.' || rest.charAt(end - 1) == '!')) {
            end--;
        }
        String body = rest.substring(0, end);
        return words(rest) >= JOINED_WORDS && body.indexOf('.') < 0 && body.indexOf('!') < 0
                && FollowUpCue.endsAsking(rest, language);
    }

    /** Whether a part asks by its words ({@link FollowUpCue#asks}, or a question's opening words inside it). */
    static boolean asks(String part, Locale language) {
        Pattern opens = BY_LANGUAGE.get(language).orElse(Map.of()).get("asks");
        return FollowUpCue.asks(part, language) || opens != null && opens.matcher(part).find();
    }

    /**
     * Whether a part opens with a question's opening words ({@code parts.opens}: "is there", "quanto", "kann ich"), or
     * ends in a question's word ({@link FollowUpCue#endsAsking}): a question by its form, where a request or a
     * statement ("es para la espalda", "voglio parlare con il titolare") may share only {@link #asks}'s words.
     */
    static boolean opensAsking(String part, Locale language) {
        Pattern opens = BY_LANGUAGE.get(language).orElse(Map.of()).get("opensAt");
        return opens != null && opens.matcher(part.strip()).lookingAt() || FollowUpCue.endsAsking(part, language);
    }

    private static int words(String text) {
        String words = Noise.words(text).strip();
        return words.isEmpty() ? 0 : words.split("\\s+").length;
    }

    private static Map<String, Pattern> patterns(Lexicon lexicon) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        Map<String, Pattern> patterns = new HashMap<>();
        List<String> and = new ArrayList<>(lexicon.lines("and"));
        and.addAll(lexicon.lines("and.parts"));
        Optional<String> opens = lexicon.alternatives("parts.opens");
        // an "and" that is another word too (en "an", the article) is one only before a question's opening words
        Optional<String> asked = lexicon.alternatives("and.asked").filter(a -> opens.isPresent())
                .map(a -> "|" + a + "\\s++(?=" + opens.get() + "(?![\\p{L}']))");
        if (!and.isEmpty()) {
            patterns.put("and", lexicon.compile("parts.and", "^(?:(?:" + String.join("|", and) + ")\\s++"
                    + asked.orElse("") + ")", flags));
        }
        if (!lexicon.lines("and").isEmpty() && opens.isPresent()) {
            List<String> joining = new ArrayList<>(lexicon.lines("and"));
            joining.addAll(lexicon.lines("and.asked"));
            // from the first space of a run only: each run of spaces is read once
            patterns.put("opens", lexicon.compile("parts.opens", "(?<![\\s,])[\\s,]++(?:"
                    + String.join("|", joining) + ")\\s++(?=" + opens.get() + "(?![\\p{L}']))", flags));
        }
        lexicon.alternatives("parts.opens").ifPresent(o -> patterns.put("opensAt",
                lexicon.compile("parts.opens.at", "[¿¡]?(?:" + o + ")(?![\\p{L}'])", flags)));
        lexicon.alternatives("parts.opens").ifPresent(o -> patterns.put("asks",
                lexicon.compile("parts.asks", "(?<![\\p{L}'])" + o + "(?![\\p{L}'])", flags)));
        lexicon.alternatives("continues").ifPresent(c -> patterns.put("continues",
                lexicon.compile("continues", "^[¿¡]?" + c + "(?![\\p{L}\\p{N}]).*", flags | Pattern.DOTALL)));
        return Map.copyOf(patterns);
    }
}
