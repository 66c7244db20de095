package org.answerdesk.dialogue;

import java.util.Set;

/**
 * "Are you a bot?" as customers type it in their region's words, by its shape (issue 61; docs/dialogue.md,
 * "Conversation acts by their shape" and "Set 14's acts in dialect and slang"), from each language's file:
 * <ul>
 * <li>a machine word ({@code bot.machine}) and a person word ({@code bot.human}) joined by "or" ({@code bot.or}: "é
 * robô ou gente", "a echta mensch oda a computer"; a person word is singular: "são pessoas que embalam as
 * encomendas ou é uma máquina?" asks who packs the parcels); here the machine word may end a compound ("echte person
 * oder ... mit nem computerprogramm");</li>
 * <li>"you are" ({@code bot.you}: "sì", "bisch", "t'es", "ocê") with a machine or person word after it, and only
 * small words between and after them ("sì nu robot?", "t'es-tu un robot toé?", "ben jij een bot ofzo"): at most
 * {@value #BETWEEN} words of at most {@value #SMALL} letters (or person words: "une vraie personne") between, and at
 * most {@value #AFTER} words of at most {@value #AFTER_SMALL} letters after ("are you selling a computer" names a
 * thing, "sei una persona gentile" praises, "are you a bot? money back" asks a question after);</li>
 * <li>talking or chatting ({@code bot.talk}) with a machine: a word of talking and a machine word, the machine said
 * with "with" ({@code bot.with}, small words between: "mit am computer", "me ne robot") or just before the talking
 * ("is it a robot i'm talking to"), in a short message of small words with no negation ({@code bot.not}: "i don't
 * want to talk to a computer" asks for a person; "or not" asks: "je parle à un robot là ou pas ?").</li>
 * <li>a real person said to be there ({@code bot.there}: "is there", "ist da", "y a-t-il", "c'è", "hay", "zit er",
 * "há"), a person word with a word of being real ({@code bot.real}: "an actual human", "quelqu'un de réel", "pessoa
 * de verdade"; "human", "Mensch" are both) and at most {@value #THERE_AFTER} words after, none of talking or
 * negation: "is there a real person behind this?" asks what answers, where "is there a real person I can talk to"
 * asks for one, and "is there someone in the shop" asks nothing of the bot;</li>
 * </ul>
 * A machine word may carry a diminutive ending ({@code bot.diminutive}: "so a computerle", "ne robotje"), and words
 * said in passing ({@code act.filler}: "eigenlijk", "actually") count as small words between "you are" and it.
 * "Who answers me, a computer?" is {@link WhoAnswers}'.
 * Read on the message in lower case, punctuation gone, accents folded.
 */
final class BotQuestions {

    /** The longest "you are a robot?" or "am I talking to a robot?". */
    private static final int WORDS = 12;
    /** The most small words between "you are" and the machine or person word. */
    private static final int BETWEEN = 3;
    /** The most small words after the machine or person word ("toé", "ou bien", "ofzo"). */
    private static final int AFTER = 2;
    /** A small word: an article, a pronoun, a particle ("a", "une", "nen", "jij", "echt"). */
    private static final int SMALL = 5;
    /** A word after the machine or person word: a particle ("toé", "ofzo", "né"), not "money" or "back". */
    private static final int AFTER_SMALL = 4;
    /** The most words between "is there" and the real person ("y a-t-il un vrai humain"). */
    private static final int THERE_BETWEEN = 4;
    /** The most words after the real person ("reading this", "on the other end"). */
    private static final int THERE_AFTER = 4;
    /** A word joining a person to being real ("quelqu'un de réel", "persona di verità"). */
    private static final int JOINER = 3;
    /** Past this many letters a word names a thing of its own ("reservieren", "bestellung"). */
    private static final int LONG = 7;

    private record Rules(Set<String> machine, Set<String> human, Set<String> or, Set<String> you, Set<String> talk,
                         Set<String> with, Set<String> not, Set<String> diminutive, Set<String> filler,
                         Set<String> there, Set<String> real, Set<String> behind) {

        /** A machine word, or one with a diminutive ending ({@code bot.diminutive}: "computerle", "robotje"). */
        boolean machineWord(String word) {
            if (machine.contains(word) || anyRegional(machine, word)) {
                return true;
            }
            for (String ending : diminutive) {
                if (word.endsWith(ending) && word.length() - ending.length() >= STEM
                        && machine.contains(word.substring(0, word.length() - ending.length()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A machine word, or a compound that ends in a long one ("computerprogramm", "chatprogramma"): read only where
         * a person word stands on the other side of "or", as a thing named so ("trainingsprogramm") asks nothing there.
         */
        boolean machineOrCompound(String word) {
            if (machineWord(word)) {
                return true;
            }
            for (String m : machine) {
                if (m.length() >= COMPOUND_END && word.length() - m.length() >= STEM && word.endsWith(m)) {
                    return true;
                }
            }
            return false;
        }

        /** A person word, or a regional form of one ({@link Spellings#regional}: "mönsch", "menscha"). */
        boolean humanWord(String word) {
            return human.contains(word) || anyRegional(human, word);
        }

        /** Whether {@code word} is a regional form of one of {@code words}: a loop, read for every word of a message. */
        private static boolean anyRegional(Set<String> words, String word) {
            for (String w : words) {
                if (Spellings.regional(w, word)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The shortest machine word a diminutive ending is read on ("robot" + "je"; not "ia" + "le"). */
    private static final int STEM = 4;
    /** The shortest machine word that ends a compound ("programm", "computer"; not "bot" of "rabot"). */
    private static final int COMPOUND_END = 6;

    private static final Lexicon.PerLanguage<Rules> RULES = Lexicon.perLanguage(BotQuestions::rules);

    private BotQuestions() {
    }

    /** Whether the words of a message (lower case, folded) ask what the bot is. */
    static boolean asks(String[] words, java.util.Locale language) {
        Rules rules = RULES.get(language).orElse(null);
        if (rules == null) {
            return false;
        }
        int machine = -1;
        int human = -1;
        int or = -1;
        int you = -1;
        int talk = -1;
        int compound = -1;
        for (int i = 0; i < words.length; i++) {
            machine = rules.machineWord(words[i]) ? i : machine;
            compound = rules.machineOrCompound(words[i]) ? i : compound;
            human = rules.humanWord(words[i]) && human < 0 ? i : human;
            or = rules.or().contains(words[i]) && or < 0 ? i : or;
            you = rules.you().contains(words[i]) && you < 0 ? i : you;
            talk = rules.talk().contains(words[i]) && talk < 0 ? i : talk;
        }
        if (eitherOr(machine, human, or) || eitherOr(compound, human, or)) {
            return true; // "is this a human or a robot typing", "echte person oder ... mit nem computerprogramm"
        }
        if (words.length > WORDS) {
            return false;
        }
        // a person word after "you are", not after "talking to" ("speaking to a person pls" asks for one)
        int named = machine >= 0 ? machine : rules.talk().contains(you < 0 ? "" : words[you]) ? -1
                : lastHuman(words, rules);
        if (you >= 0 && named > you && said(words, you + 1, named, rules) <= BETWEEN && words.length - named - 1 <= AFTER
                && small(words, you + 1, named, SMALL, rules)
                && small(words, named + 1, words.length, AFTER_SMALL, rules)) {
            return true; // "t'es-tu un robot toé?", "ocê é um robô, né?"
        }
        if (talk >= 0 && machine >= 0 && (said(words, machine, rules) || machine < talk && talk - machine <= BETWEEN)
                && !negated(words, rules) && plain(words, rules)) {
            return true;
        }
        return realOneThere(words, rules) || AnsweringOne.asks(words, language) || WhoAnswers.asks(words, language);
    }

    /** A machine word and a person word, "or" between them. */
    private static boolean eitherOr(int machine, int human, int or) {
        return machine >= 0 && human >= 0 && or > Math.min(machine, human) && or < Math.max(machine, human);
    }

    /** "is there a real person behind this?": a person being real said to be there, and nothing asked of them. */
    private static boolean realOneThere(String[] words, Rules rules) {
        int there = -1;
        for (int i = 0; i < words.length && there < 0; i++) {
            there = rules.there().contains(words[i]) ? i : there;
        }
        if (there < 0) {
            return false;
        }
        int from = there + 1;
        while (from < words.length && !rules.humanWord(words[from]) && !rules.real().contains(words[from])) {
            from++;
        }
        if (from >= words.length || said(words, there + 1, from, rules) > THERE_BETWEEN
                || !small(words, there + 1, from, SMALL + 1, rules)) { // "alguma", "einen"
            return false;
        }
        boolean human = false;
        boolean real = false;
        int end = from;
        for (int i = from; i < words.length; i++) {
            boolean person = rules.humanWord(words[i]);
            boolean being = rules.real().contains(words[i]);
            if (!person && !being && !(words[i].length() <= JOINER && i + 1 < words.length
                    && (rules.humanWord(words[i + 1]) || rules.real().contains(words[i + 1])))) {
                break;
            }
            human |= person;
            real |= being;
            end = i;
        }
        if (!human || !real || words.length - end - 1 > THERE_AFTER) {
            return false;
        }
        boolean behind = false;
        for (int i = end + 1; i < words.length; i++) {
            if (rules.not().contains(words[i])) {
                return false;
            }
            behind |= rules.behind().contains(words[i]);
        }
        return behind;
    }

    /** A word of negation, other than the one of "or not" ("je parle à un robot ou pas ?" asks, it does not refuse). */
    private static boolean negated(String[] words, Rules rules) {
        return negated(words, rules.not(), rules.or());
    }

    /** A word of negation ({@code not}) other than the one of "or not" ({@code or} before it). */
    static boolean negated(String[] words, Set<String> not, Set<String> or) {
        for (int i = 0; i < words.length; i++) {
            if (not.contains(words[i]) && !(i > 0 && or.contains(words[i - 1]))) {
                return true;
            }
        }
        return false;
    }

    /** How many words from {@code from} to {@code to} are not said in passing ({@code act.filler}). */
    private static int said(String[] words, int from, int to, Rules rules) {
        int said = 0;
        for (int i = from; i < to; i++) {
            said += rules.filler().contains(words[i]) ? 0 : 1;
        }
        return said;
    }

    /** The last person word of the message, or -1. */
    private static int lastHuman(String[] words, Rules rules) {
        for (int i = words.length - 1; i >= 0; i--) {
            if (rules.humanWord(words[i])) {
                return i;
            }
        }
        return -1;
    }

    /** "with" at most {@value #BETWEEN} small words before the machine word ("mit am computer", "cu 'nu computer"). */
    private static boolean said(String[] words, int machine, Rules rules) {
        for (int i = machine - 1; i >= 0 && machine - i <= BETWEEN; i--) {
            if (rules.with().contains(words[i])) {
                return true;
            }
            if (words[i].length() > SMALL) {
                return false;
            }
        }
        return false;
    }

    private static boolean small(String[] words, int from, int to, int letters, Rules rules) {
        for (int i = from; i < to; i++) {
            if (words[i].length() > letters && !rules.humanWord(words[i]) && !rules.or().contains(words[i])
                    && !rules.filler().contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * No word of the message names a thing of its own (only words of talking, machines and persons, and words said in
     * passing, "eigentlich", are long).
     */
    private static boolean plain(String[] words, Rules rules) {
        return java.util.Arrays.stream(words).allMatch(w -> w.length() <= LONG || rules.talk().contains(w)
                || rules.machineWord(w) || rules.humanWord(w) || rules.filler().contains(w));
    }

    private static Rules rules(Lexicon lexicon) {
        return new Rules(words(lexicon, "bot.machine"), words(lexicon, "bot.human"), words(lexicon, "bot.or"),
                words(lexicon, "bot.you"), words(lexicon, "bot.talk"), words(lexicon, "bot.with"),
                words(lexicon, "bot.not"), words(lexicon, "bot.diminutive"), words(lexicon, "act.filler"),
                words(lexicon, "bot.there"), words(lexicon, "bot.real"), words(lexicon, "bot.behind"));
    }

    private static Set<String> words(Lexicon lexicon, String key) {
        return Set.copyOf(lexicon.foldedWords(key));
    }
}
