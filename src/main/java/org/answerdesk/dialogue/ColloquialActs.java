package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acts as customers who never read a help page type them, recognised by the shape of the message rather than by
 * its exact words (issue 61, sets 9 and 10; docs/dialogue.md, "Conversation acts by their shape"), from each
 * language's file:
 * <ul>
 * <li>a push-back in the customer's own words ({@code pushback}: "you don't understand", "that's not what I asked",
 * "are you kidding me"): frames found in the message with at most {@value #LOOSE_WORDS} words around them that no
 * frame covers ("no entendiste boludo"); after an answer or choices also {@code pushback.after} ("I already asked
 * the neighbours", "220 stutz?? das isch jo wucher"), with {@value #LOOSE_WORDS_AFTER} words around them and a
 * number and the word after it (a price echoed) not counted;</li>
 * <li>"are you a bot?" informally ({@link BotQuestions});</li>
 * <li>a question about the world outside the shop ({@link #aboutTheWorld}), where the FAQ is not confident.</li>
 * </ul>
 * All read on the message in lower case, punctuation gone, accents folded.
 */
final class ColloquialActs {

    /** The most words a push-back frame may have around it that no frame covers ("no entendiste boludo"). */
    static final int LOOSE_WORDS = 2;
    /** The same after an answer or choices ("i already asked the neighbours obviously"). */
    static final int LOOSE_WORDS_AFTER = 3;
    /** The longest message read as a push-back, a bot question or a question about the world. */
    private static final int MOST_WORDS = 18;
    private static final Pattern NUMBER = Pattern.compile("\\p{N}");
    private static final Pattern CLAUSES = Pattern.compile("[^.!?,;\\n]+[.!?,;\\n]*");
    /** The most words of a clause that asks nothing beside a question about the world ("che una pavada"). */
    private static final int ASIDE_WORDS = 3;

    /** {@code pushback}: its frames; {@code after}: {@code pushback.after}'s and then {@code pushback}'s. */
    private record Rules(ThreadMatchers pushback, ThreadMatchers after, Set<String> or, Pattern topic, Pattern played,
                         Pattern ask, Pattern when, Set<String> self) {
    }

    private static final Lexicon.PerLanguage<Rules> RULES = Lexicon.perLanguage(ColloquialActs::rules);

    private ColloquialActs() {
    }

    /** The act {@code plain} (normalized and folded) is by its shape, in any context: a push-back, a bot question. */
    static Optional<Act> of(String plain, Locale language) {
        Rules rules = RULES.get(language).orElse(null);
        if (rules == null || plain.isEmpty()) {
            return Optional.empty();
        }
        String[] words = plain.split(" ");
        if (words.length > MOST_WORDS) {
            return Optional.empty();
        }
        if (framed(plain, LOOSE_WORDS, rules.pushback())) {
            return Optional.of(Act.NOT_HELPED);
        }
        if (BotQuestions.asks(words, language) || OnlyWords.asksIfAutomatic(plain, language)) {
            return Optional.of(Act.BOT);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} asks about the world outside the shop: a thing of the world ({@code world.topic}: a
     * strike, a pharmacy on duty, the weather) asked of the bot ({@code world.ask}: "do you happen to know if"), or a
     * match played or to be played ({@code world.played}) asked of the bot or of a day ({@code world.when}:
     * "tonight", "ieri": "is the trip on today despite the strike?" asks about the trip), and no word of the customer's own ({@code world.self}:
     * "is there a strike, will my parcel be late" asks about the parcel) and no other question or clause of more than
     * three words beside it ("whats the weather like tomorrow, is the boat trip still on?"). Read where the FAQ is not confident: a
     * shop question in such words keeps its answer.
     */
    static boolean aboutTheWorld(String text, Locale language) {
        Rules rules = RULES.get(language).orElse(null);
        String plain = Lexicon.fold(ActRules.normalize(text));
        if (rules == null || rules.topic() == null && rules.played() == null || plain.isEmpty() || plain.split(" ").length > MOST_WORDS
                || Arrays.stream(plain.split(" ")).anyMatch(rules.self()::contains)) {
            return false;
        }
        Matcher clauses = CLAUSES.matcher(text);
        boolean pair = false;
        while (clauses.find()) {
            pair |= either(Lexicon.fold(ActRules.normalize(clauses.group())), rules);
            String words = Lexicon.fold(ActRules.normalize(clauses.group()));
            int count = words.isEmpty() ? 0 : words.split(" ").length;
            if ((count > ASIDE_WORDS || count > 1 && clauses.group().contains("?"))
                    && !found(rules.topic(), words) && !found(rules.played(), words) && !either(words, rules)) {
                return false; // "piove domani? la gita si fa lo stesso?" asks about the trip
            }
        }
        boolean asked = found(rules.ask(), plain);
        // "va a hacer sol el finde?": the weather on a day, asked, is asked of the bot
        return found(rules.topic(), plain) && (asked || found(rules.when(), plain) && text.contains("?"))
                || found(rules.played(), plain) && (asked || pair || found(rules.when(), plain));
    }

    /**
     * "madrid o barça?": a clause of two names and "or" beside a match asks nothing of its own, and with a match it
     * asks the bot who wins.
     */
    private static boolean either(String words, Rules rules) {
        String[] w = words.split(" ");
        return w.length <= ASIDE_WORDS + 1 && Arrays.stream(w).anyMatch(rules.or()::contains);
    }

    /** Whether {@code text} pushes back on what the bot just said, read only after an answer or choices. */
    static boolean pushesBackAfter(String text, Locale language) {
        Rules rules = RULES.get(language).orElse(null);
        String plain = Lexicon.fold(ActRules.normalize(text));
        return rules != null && !plain.isEmpty() && plain.split(" ").length <= MOST_WORDS
                && framed(plain, LOOSE_WORDS_AFTER, rules.after());
    }

    /**
     * Whether the frames cover all but {@code loose} words of {@code plain} (numbers and a unit aside). Each line of a
     * key is a frame of its own: in one alternation an earlier line's shorter match at a place hides a later line's
     * longer one ("eso no" before "eso no era mi pregunta").
     */
    private static boolean framed(String plain, int most, ThreadMatchers frames) {
        boolean[] covered = new boolean[plain.length()];
        if (!frames.cover(plain, covered)) {
            return false;
        }
        int loose = 0;
        int at = 0;
        boolean afterNumber = false;
        for (String word : plain.split(" ")) {
            boolean number = NUMBER.matcher(word).find();
            if (!covered[at] && !number && !afterNumber) {
                loose++;
            }
            afterNumber = number;
            at += word.length() + 1;
        }
        return loose <= most;
    }

    private static boolean found(Pattern pattern, String plain) {
        return pattern != null && pattern.matcher(plain).find();
    }

    private static Rules rules(Lexicon lexicon) {
        List<Pattern> pushback = frames(lexicon, "pushback");
        List<Pattern> after = new ArrayList<>(frames(lexicon, "pushback.after"));
        after.addAll(pushback);
        return new Rules(new ThreadMatchers(pushback), new ThreadMatchers(after), words(lexicon, "bot.or"),
                pattern(lexicon, "world.topic"), pattern(lexicon, "world.played"), pattern(lexicon, "world.ask"), pattern(lexicon, "world.when"),
                words(lexicon, "world.self"));
    }

    /** A key's lines, each as whole words. */
    private static List<Pattern> frames(Lexicon lexicon, String key) {
        List<String> lines = lexicon.lines(key);
        List<Pattern> frames = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            frames.add(lexicon.compile(key + "." + i, "(?<![\\p{L}\\p{N}'])(?:" + Lexicon.fold(lines.get(i))
                    + ")(?![\\p{L}\\p{N}'])"));
        }
        return frames;
    }

    /** A key's alternatives as whole words. */
    private static Pattern pattern(Lexicon lexicon, String key) {
        return lexicon.alternatives(key).map(a -> lexicon.compile(key, "(?<![\\p{L}\\p{N}'])"
                + Lexicon.fold(a) + "(?![\\p{L}\\p{N}'])")).orElse(null);
    }

    private static Set<String> words(Lexicon lexicon, String key) {
        return Set.copyOf(lexicon.foldedWords(key));
    }
}
