package org.answerdesk.dialogue;

import java.util.List;

/**
 * A person asked for as "a word with someone": a word of talking in any form the customer uses ({@code person.reach},
 * {@code person.talk}: "a wee word", "quatschen", "un brin de causette", "un papo") right before or right after "with"
 * ({@code bot.with}) and a person ({@code person.who}: "an actual person", "someone", "jemandem"). The words are read
 * as one phrase, so a word of talking elsewhere in the message ("the chat on your site") and a person elsewhere
 * ("can I book with someone else") make no request.
 */
final class WordWithSomeone {

    /** The most words between "with" and the person ("with an actual person", "mit einem von euren leuten"). */
    private static final int TO_PERSON = 3;
    /** The most words between the word of talking and "with" ("a word in private with", "quatschen mal mit"). */
    private static final int BEFORE_WITH = 3;
    /** The most words from the person to a word of talking after it (German, Dutch: "mit jemandem direkt quatschen"). */
    private static final int AFTER_PERSON = 2;

    private WordWithSomeone() {
    }

    /**
     * Whether {@code words} (folded, lower case) hold "with" and a person within {@value #TO_PERSON} words, and a word
     * of talking up to {@value #BEFORE_WITH} words before "with" or {@value #AFTER_PERSON} after the person.
     */
    static boolean asked(String[] words, List<String> with, List<String> who, List<String> talk) {
        for (int i = 0; i < words.length; i++) {
            if (!with.contains(words[i])) {
                continue;
            }
            int person = personAfter(words, i, who);
            if (person >= 0 && (talkIn(words, i - BEFORE_WITH, i - 1, talk)
                    || talkIn(words, person + 1, person + AFTER_PERSON, talk))) {
                return true;
            }
        }
        return false;
    }

    private static int personAfter(String[] words, int with, List<String> who) {
        for (int w = with + 1; w <= with + TO_PERSON && w < words.length; w++) {
            if (Spellings.anyNear(who, words[w])) {
                return w;
            }
        }
        return -1;
    }

    private static boolean talkIn(String[] words, int from, int to, List<String> talk) {
        for (int w = Math.max(0, from); w <= to && w < words.length; w++) {
            if (Spellings.listed(talk, words[w])) {
                return true;
            }
        }
        return false;
    }
}
