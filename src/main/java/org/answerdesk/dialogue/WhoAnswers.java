package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * "Who answers me, a computer?" ("chi mi risponde, un computer?", "wer antwortet mir da, ein roboter?", "qui me répond,
 * un robot ?"): the one answering asked after ({@code bot.who}) and a guess of what it is, a machine word
 * ({@code bot.machine}) that ends the message. Read on the message's words (lower case, punctuation gone, accents
 * folded): "who" and a word of answering or talking ({@code bot.answers}, {@code bot.talk}) at most {@value #TO_ANSWER}
 * words after it, then at most three small words and the machine word, with only particles after it;
 * never with a negation ({@code bot.not}) or a word that asks for something ({@code person.want}, {@code
 * person.reach}, {@code bot.may}: "who can answer me, not a robot" asks for a person).
 */
final class WhoAnswers {

    /** The longest such question. */
    private static final int WORDS = 10;
    /** The most words between "who" and its word of answering ("chi mi risponde", "wer antwortet"). */
    private static final int TO_ANSWER = 2;

    private record Rules(Set<String> who, Set<String> answering, Set<String> machine, Set<String> not,
                         Set<String> or, Set<String> asking) {
    }

    private static final Lexicon.PerLanguage<Rules> RULES = Lexicon.perLanguage(l -> new Rules(words(l, "bot.who"),
            words(l, "bot.answers", "bot.talk"), words(l, "bot.machine"), words(l, "bot.not"), words(l, "bot.or"),
            words(l, "person.want", "person.reach", "bot.may")));

    private WhoAnswers() {
    }

    /** Whether the words of a message ask who answers, guessing a machine. */
    static boolean asks(String[] words, Locale language) {
        Rules rules = RULES.get(language).orElse(null);
        if (rules == null || words.length > WORDS || BotQuestions.negated(words, rules.not(), rules.or())
                || Arrays.stream(words).anyMatch(rules.asking()::contains)) {
            return false;
        }
        for (int who = 0; who < words.length; who++) {
            if (!rules.who().contains(words[who])) {
                continue;
            }
            for (int a = who + 1; a < words.length && a - who <= TO_ANSWER + 1; a++) {
                if (rules.answering().contains(words[a])) {
                    return AnsweringOne.machineEnds(words, a + 1, rules.machine());
                }
            }
        }
        return false;
    }

    private static Set<String> words(Lexicon lexicon, String... keys) {
        Set<String> words = new HashSet<>();
        for (String key : keys) {
            words.addAll(lexicon.foldedWords(key));
        }
        return Set.copyOf(words);
    }
}
