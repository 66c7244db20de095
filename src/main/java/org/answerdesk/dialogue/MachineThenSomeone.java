package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person asked for as the way out of the machine: one clause says the customer gets nowhere with this machine (a word
 * for it, {@code bot.machine}, right after "this" or "with", {@code bot.this}, and a negation, {@code bot.not} or {@code act.not}: "co sta
 * machineta no capisso gnente", "mit so'n automaat komm ik nich klor") and another names someone or the shop's people ({@code person.who},
 * {@code person.someone}, {@code person.people}: "qualchedun", "een vun jug lüüd"). However the request itself is
 * worded, in dialect or not, the two together ask for a person. Words are read in the regional spellings and typos
 * {@link Spellings#anyNear} allows, so "machineta" is "machinetta" and "automaat" is "automat".
 * <p>
 * A real one set against the machine asks for a person too ({@link #contrasts}): a clause that negates a machine ("not
 * a machine", "nich met so 'ne maschin": a negation and at most {@value #NOT_TO_MACHINE} words on, a machine word) and,
 * in another clause, a real one ({@code person.real}, {@code bot.human}) with a word of reaching or wanting
 * ({@code person.reach}, {@code person.want}): "i want to talk to a real one, not a machine", however the person is
 * named in the customer's dialect.
 * <p>
 * The machine set aside is the whole reason in the other shapes of the same demand (docs/dialogue.md "person56"): a
 * clause that negates a machine, or that says the customer does not talk with one (a machine word, a word of talking
 * and a negation in one clause: "mit nem automat red ich ned", "je cause pas avec une machine"), and another clause
 * that talks, reaches, hands over or wants ({@code person.reach}, {@code person.talk}, {@code person.pass},
 * {@code person.want}, {@code person.demand}) whoever it names: "let me speak to the plumber himself, not some
 * computer", "pas avec l'ordinateur, je veux le chef de chantier", "wan sma, no computer" beside "can't one of you talk
 * to me". The one named is the trade's own person, a word no list holds.
 */
final class MachineThenSomeone {

    /** Past this many words a message tells a story that happens to name the machine and someone. */
    private static final int MOST_WORDS = 24;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}']++");

    /** The most words from "this" or "with" to the machine ("co sta machineta", "with this stupid machine"). */
    private static final int TO_MACHINE = 2;

    /** The longest word between a negation and the machine it sets aside ("mit", "some", "avec", "una"). */
    private static final int BETWEEN = 4;

    /** The most words of a clause that says the customer does not talk with a machine ("i don't chat with bots"). */
    private static final int TALK_CLAUSE = 8;

    /** The most words from the negation to the machine ("not with such a machine", "minga cont una macchina"). */
    private static final int NOT_TO_MACHINE = 4;

    private record Words(List<String> machine, List<String> not, List<String> persons, List<String> near,
                         List<String> real, List<String> reach, List<String> talk, List<String> wants,
                         PersonForms forms) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(MachineThenSomeone::words);

    private MachineThenSomeone() {
    }

    /**
     * Whether {@code text} in {@code language} names a person beside a clause that gives up on the machine;
     * {@code folded} is the text as {@link ActRules#folded} gives it.
     */
    static boolean asks(String text, String folded, Locale language) {
        Words words = WORDS.get(language).orElse(null);
        if (words == null) {
            return false;
        }
        String[] all = NOT_LETTERS.split(folded.strip());
        // most messages name no machine: no clause is read for them
        if (all.length > MOST_WORDS
                || java.util.Arrays.stream(all).noneMatch(w -> any(new String[] {w}, words.machine()))) {
            return false;
        }
        List<String[]> clauses = ActRules.clauses(text).stream()
                .map(c -> NOT_LETTERS.split(ActRules.folded(c).strip())).toList();
        for (int i = 0; i < clauses.size(); i++) {
            if (!givesUp(clauses.get(i), words)) {
                continue;
            }
            for (int j = 0; j < clauses.size(); j++) {
                if (j != i && any(clauses.get(j), words.persons())) {
                    return true;
                }
            }
        }
        return contrasts(clauses, words);
    }

    /** A clause that negates the machine and another that wants or reaches a real one ({@link MachineThenSomeone}). */
    private static boolean contrasts(List<String[]> clauses, Words words) {
        for (int i = 0; i < clauses.size(); i++) {
            boolean negates = negatesMachine(clauses.get(i), words);
            boolean setsAside = setsAside(clauses.get(i), words);
            if (!negates && !setsAside) {
                continue;
            }
            for (int j = 0; j < clauses.size(); j++) {
                if (j != i && (negates && any(clauses.get(j), words.real()) && any(clauses.get(j), words.reach())
                        || setsAside && any(clauses.get(j), words.wants()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean negatesMachine(String[] clause, Words words) {
        for (int i = 0; i < clause.length; i++) {
            if (listed(clause[i], words.not())) {
                for (int m = i + 1; m <= i + NOT_TO_MACHINE && m < clause.length; m++) {
                    if (Spellings.anyNear(words.machine(), clause[m])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A machine set aside: a negation and, at most {@value #NOT_TO_MACHINE} words on with only small words between,
     * a machine ("not some computer", "ned mit some automat", "pas avec l'ordinateur"; not "no me funciona la
     * máquina", a machine that broke), or a clause that does not talk with one ({@link #talksNotWithMachine}).
     */
    private static boolean setsAside(String[] clause, Words words) {
        if (talksNotWithMachine(clause, words)) {
            return true;
        }
        for (int i = 0; i < clause.length; i++) {
            if (!listed(clause[i], words.not())) {
                continue;
            }
            for (int m = i + 1; m <= i + NOT_TO_MACHINE && m < clause.length; m++) {
                if (any(new String[] {clause[m]}, words.machine())) { // "pas avec l'ordinateur"
                    return true;
                }
                if (clause[m].length() > BETWEEN) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * "mit nem automat red ich ned", "con una computadora no hablo": a machine, a word of talking and a negation in
     * one clause of at most {@value #TALK_CLAUSE} words, in any order.
     */
    private static boolean talksNotWithMachine(String[] clause, Words words) {
        if (clause.length > TALK_CLAUSE || java.util.Arrays.stream(clause).noneMatch(w -> listed(w, words.not()))
                || !any(clause, words.machine())) {
            return false;
        }
        // "red", "parlo", "hablo": a verb of talking in any of its forms
        return any(clause, words.talk()) || java.util.stream.IntStream.range(0, clause.length)
                .anyMatch(i -> words.forms().inflected(clause, i));
    }

    private static boolean givesUp(String[] clause, Words words) {
        if (java.util.Arrays.stream(clause).noneMatch(w -> listed(w, words.not()))) {
            return false;
        }
        for (int i = 0; i < clause.length; i++) {
            if (Spellings.anyNear(words.machine(), clause[i])) {
                for (int b = Math.max(0, i - TO_MACHINE); b < i; b++) {
                    if (listed(clause[b], words.near())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A word as listed, or one of its parts an apostrophe joins ("so'n", "quelqu'un", "don't"). */
    private static boolean listed(String word, List<String> listed) {
        return listed.contains(word) || java.util.Arrays.stream(word.split("'")).anyMatch(listed::contains);
    }

    private static boolean any(String[] clause, List<String> listed) {
        return java.util.Arrays.stream(clause).anyMatch(w -> Spellings.anyNear(listed, w)
                || java.util.Arrays.stream(w.split("'")).anyMatch(p -> Spellings.anyNear(listed, p)));
    }

    private static Words words(Lexicon lexicon) {
        List<String> machine = lexicon.foldedWords("bot.machine");
        List<String> not = new java.util.ArrayList<>(lexicon.foldedWords("bot.not"));
        not.addAll(lexicon.foldedWords("act.not"));
        List<String> near = lexicon.foldedWords("bot.this");
        if (machine.isEmpty() || not.isEmpty() || near.isEmpty()) {
            return null;
        }
        List<String> persons = new java.util.ArrayList<>(lexicon.foldedWords("person.who"));
        persons.addAll(lexicon.foldedWords("person.someone"));
        persons.addAll(lexicon.foldedWords("person.people"));
        List<String> real = new java.util.ArrayList<>(lexicon.foldedWords("person.real"));
        real.addAll(lexicon.foldedWords("bot.human"));
        List<String> reach = new java.util.ArrayList<>(lexicon.foldedWords("person.reach"));
        reach.addAll(lexicon.foldedWords("person.want"));
        List<String> talk = new java.util.ArrayList<>(lexicon.foldedWords("person.reach"));
        talk.addAll(lexicon.foldedWords("person.talk"));
        List<String> wants = new java.util.ArrayList<>(reach);
        wants.addAll(lexicon.foldedWords("person.talk"));
        wants.addAll(lexicon.foldedWords("person.pass"));
        wants.addAll(lexicon.foldedWords("person.pass.me"));
        wants.addAll(lexicon.foldedWords("person.demand"));
        return new Words(machine, List.copyOf(not), List.copyOf(persons), near, List.copyOf(real), List.copyOf(reach),
                List.copyOf(talk), List.copyOf(wants), PersonForms.of(lexicon));
    }
}
