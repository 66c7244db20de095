package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * "Are you a bot?" asked of the one answering in more words than {@link BotQuestions}' shapes allow: the machine
 * with another possibility after it ("sag mal, bist du n computer oder sitzt da echt wer?", "are you a bot or is
 * someone real typing?"), or a real person said to be answering ("c'est une vraie personne qui me répond là ?", "is a
 * real person answering me?", "antwoordt hier een echt mens?"). Read on the message's words (lower case, punctuation
 * gone, accents folded), in each language's words:
 * <ul>
 * <li>"you are" ({@code bot.you}) and a machine word ({@code bot.machine}) after it, with at most {@value #BETWEEN}
 * small words between, then "or" ({@code bot.or}) at once, and at most {@value #OR_AFTER} words after it;</li>
 * <li>a real person ({@code bot.real} next to a person word, {@code bot.human}, or a word of someone, {@code
 * bot.one}: "echt wer", "pessoa de verdade") and a word of answering or being there to answer ({@code bot.answers}:
 * "répond", "answering", "sitzt", "zit"), in at most {@value #WORDS} words, none of them long but these.</li>
 * <li>a word of answering ({@code bot.answers}, {@code bot.talk}), "or" at most {@value #TO_OR} words after it, and a
 * machine word among small words that ends the message ("me estás contestando tú o es un programa?");</li>
 * <li>the service said to be automatic in at most {@value #SERVICE_WORDS} small words ({@code bot.service}, {@code
 * bot.automatic}: "isso aqui é atendimento automático, é?", "is this chat automated?").</li>
 * </ul>
 * Never with a negation ({@code bot.not}, but "or not") and never with a word that asks for something: wanting or
 * reaching someone ({@code person.want}, {@code person.reach}) or "can" ({@code bot.may}): "can a real person answer
 * me?" and "I want a real person to answer" stay requests for a person ({@link PersonRequest}).
 */
final class AnsweringOne {

    /** The longest message read so. */
    private static final int WORDS = 12;
    /** The most small words between "you are" and the machine word ("bist du n computer"). */
    private static final int BETWEEN = 3;
    /** A small word: an article, a pronoun, a particle. */
    private static final int SMALL = 5;
    /** The most words after "or" ("oder sitzt da echt wer"). */
    private static final int OR_AFTER = 6;
    /** The longest joiner between a person and its being real ("pessoa de verdade"). */
    private static final int JOINER = 3;
    /** Past this many letters a word names a thing of its own, unless it is one of the shape's words. */
    private static final int LONG = 7;

    /** The most words between the word of answering and "or" ("contestando tu o"). */
    private static final int TO_OR = 2;
    /** The most words after the machine word that ends "… or is it a program" ("right", "né"). */
    private static final int AFTER = 2;
    /** A word after the machine word: a particle. */
    private static final int AFTER_SMALL = 4;
    /** The longest "is this service automatic?". */
    private static final int SERVICE_WORDS = 8;

    private record Rules(Set<String> you, Set<String> machine, Set<String> or, Set<String> human, Set<String> one,
                         Set<String> real, Set<String> answers, Set<String> not, Set<String> asking,
                         Set<String> answering, Set<String> service, Set<String> automatic,
                         Set<String> here) {
    }

    private static final Lexicon.PerLanguage<Rules> RULES = Lexicon.perLanguage(l -> new Rules(words(l, "bot.you"),
            words(l, "bot.machine"), words(l, "bot.or"), words(l, "bot.human"), words(l, "bot.one"),
            words(l, "bot.real"), words(l, "bot.answers"), words(l, "bot.not"),
            words(l, "person.want", "person.reach", "bot.may"), words(l, "bot.answers", "bot.talk"),
            words(l, "bot.service"), words(l, "bot.machine", "bot.automatic"), words(l, "bot.this")));

    private AnsweringOne() {
    }

    /** Whether the words of a message ask whether a machine or a real person answers. */
    static boolean asks(String[] words, Locale language) {
        Rules rules = RULES.get(language).orElse(null);
        if (rules == null || words.length > WORDS + OR_AFTER
                || BotQuestions.negated(words, rules.not(), rules.or())) {
            return false;
        }
        boolean shape = machineOrElse(words, rules) || words.length <= WORDS && (realOneAnswers(words, rules)
                || answeringOrMachine(words, rules) || machineService(words, rules));
        // "chat" of "is this chat automated?" names the service, not a wish to chat with someone
        return shape && Arrays.stream(words)
                .noneMatch(w -> rules.asking().contains(w) && !rules.service().contains(w));
    }

    /** "you are" + a machine word, small words between, then "or" and a few words. */
    private static boolean machineOrElse(String[] words, Rules rules) {
        for (int you = 0; you < words.length; you++) {
            if (!rules.you().contains(words[you])) {
                continue;
            }
            for (int m = you + 1; m < words.length && m - you - 1 <= BETWEEN; m++) {
                if (rules.machine().contains(words[m])) {
                    return m + 1 < words.length && rules.or().contains(words[m + 1])
                            && words.length - m - 2 <= OR_AFTER;
                }
                if (words[m].length() > SMALL) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * A word of answering, "or" a few words after it, then a machine word among small words that ends the message: "me
     * estás contestando tú o es un programa", "are you answering me or is it a program".
     */
    private static boolean answeringOrMachine(String[] words, Rules rules) {
        for (int a = 0; a < words.length; a++) {
            if (!rules.answering().contains(words[a])) {
                continue;
            }
            for (int o = a + 1; o < words.length && o - a - 1 <= TO_OR; o++) {
                if (rules.or().contains(words[o])) {
                    return machineEnds(words, o + 1, rules.machine());
                }
            }
        }
        return false;
    }

    /**
     * A machine word ({@code machine}) after at most {@value #BETWEEN} small words from {@code from}, and only
     * particles after it: the end of "… or is it a program" and of "who answers me, a computer?" ({@link WhoAnswers}).
     */
    static boolean machineEnds(String[] words, int from, Set<String> machine) {
        for (int m = from; m < words.length && m - from <= BETWEEN; m++) {
            if (machine.contains(words[m])) {
                return words.length - m - 1 <= AFTER && Arrays.stream(words, m + 1, words.length)
                        .allMatch(w -> w.length() <= AFTER_SMALL);
            }
            if (words[m].length() > SMALL) {
                return false;
            }
        }
        return false;
    }

    /**
     * The service one is talking to said to be a machine, in a few small words: "isso aqui é atendimento automático,
     * é?", "is this chat automated?" ({@code bot.service}: the chat, the service, the answers; {@code bot.automatic}:
     * words of being automatic; "this", {@code bot.this}, counts as small as an article does).
     */
    private static boolean machineService(String[] words, Rules rules) {
        if (words.length > SERVICE_WORDS || Arrays.stream(words).noneMatch(rules.service()::contains)
                || Arrays.stream(words).noneMatch(rules.automatic()::contains)) {
            return false;
        }
        return Arrays.stream(words).allMatch(w -> w.length() <= SMALL || rules.service().contains(w)
                || rules.automatic().contains(w) || rules.here().contains(w));
    }

    /** A real person (two words next to each other, or with a short joiner) and a word of answering. */
    private static boolean realOneAnswers(String[] words, Rules rules) {
        if (Arrays.stream(words).noneMatch(rules.answers()::contains) || Arrays.stream(words).anyMatch(w ->
                w.length() > LONG && !rules.answers().contains(w) && !person(w, rules) && !rules.real().contains(w))) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            for (int j = i + 1; j < words.length && j - i <= 2; j++) {
                boolean joined = j - i == 1 || words[i + 1].length() <= JOINER;
                if (joined && (rules.real().contains(words[i]) && person(words[j], rules)
                        || person(words[i], rules) && rules.real().contains(words[j]))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean person(String word, Rules rules) {
        return rules.human().contains(word) || rules.one().contains(word);
    }

    /**
     * The folded words of every key, together: a word of asking for something ({@code person.want}, {@code
     * person.reach}, {@code bot.may}), of answering or talking ({@code bot.answers}, {@code bot.talk}), of being a
     * machine or automatic ({@code bot.machine}, {@code bot.automatic}).
     */
    private static Set<String> words(Lexicon lexicon, String... keys) {
        Set<String> words = new HashSet<>();
        for (String key : keys) {
            words.addAll(lexicon.foldedWords(key));
        }
        return Set.copyOf(words);
    }
}
