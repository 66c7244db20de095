package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A customer who asks to be passed on to a person with a verb of handing over: a word of passing or connecting
 * ({@code person.pass}: "passa", "verbinden", "geef", "transfer") with "me" ({@code person.me}) right before it or
 * at most {@value #ME_AFTER} words after it, or a form that holds the "me" ({@code person.pass.me}: "pásame",
 * "passatemi", "ponme"), and within {@value #GAP} words after it a person: a word of a person ({@code person.who}, {@code person.someone},
 * {@code person.people}) or, only here, a slang word for a guy ({@code person.guy}: "bacano", "gajo", "tío",
 * "gars", "tizio", "gast"), who is the one the customer is passed to, however the words between are spelt
 * ("passa-me lá a um bacano da loja", "ponme con un tío de la oficina", "zet me door naar iemand van kantoor").
 * A person who comes to the customer ({@link Visitor}: "passe-moi quelqu'un qui passe voir") is a visit, not this.
 */
final class PassedOn {

    /** The most words between the verb (with its "me") and the person ("passa-me lá a um bacano"). */
    static final int GAP = 3;
    /** The most words from the verb to its "me" after it ("leiten sie mich", "stell du mich"). */
    private static final int ME_AFTER = 2;

    private record Words(List<String> pass, List<String> passMe, List<String> me, List<String> person,
                         Visitor visitor) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(PassedOn::words);

    private PassedOn() {
    }

    /** Whether the folded {@code words} of a message in {@code language} ask to be passed on to a person. */
    static boolean asks(String[] words, Locale language) {
        Words w = WORDS.get(language).orElse(null);
        if (w == null) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            int from = handsOver(words, i, w);
            if (from < 0) {
                continue;
            }
            for (int p = from + 1; p <= from + 1 + GAP && p < words.length; p++) {
                if (Spellings.listed(w.person(), words[p]) && !w.visitor().comes(words, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the handing-over at word {@code i} ends (the verb, or its "me" right after it), or -1 when word
     * {@code i} is no verb of handing over said to the customer.
     */
    private static int handsOver(String[] words, int i, Words w) {
        if (Spellings.listed(w.passMe(), words[i])) {
            return i;
        }
        if (!Spellings.listed(w.pass(), words[i])) {
            return -1;
        }
        for (int m = i + 1; m <= i + ME_AFTER && m < words.length; m++) {
            if (w.me().contains(words[m])) {
                return m; // "passa-me", "geef me", "leiten sie mich"
            }
        }
        return i > 0 && w.me().contains(words[i - 1]) ? i : -1; // "me passa", "mi passi"
    }

    private static Words words(Lexicon lexicon) {
        List<String> pass = lexicon.foldedWords("person.pass");
        List<String> passMe = lexicon.foldedWords("person.pass.me");
        if (pass.isEmpty() && passMe.isEmpty()) {
            return null;
        }
        List<String> person = new ArrayList<>(lexicon.foldedWords("person.who"));
        person.addAll(lexicon.foldedWords("person.someone"));
        person.addAll(lexicon.foldedWords("person.people"));
        person.addAll(lexicon.foldedWords("person.guy"));
        return new Words(pass, passMe, lexicon.foldedWords("person.me"), List.copyOf(person), Visitor.of(lexicon));
    }
}
