package org.answerdesk.dialogue;

import java.util.List;

/**
 * A someone who comes to the customer, not one the customer asks to reach: a word of coming or visiting
 * ({@code person.visit}: "passe", "vorbeikommen", "langs", "venga") at most {@value #AFTER} words after the word of a
 * person ("il faut que quelqu'un passe voir ?", "can someone come round"), or at most {@value #BEFORE} words before it
 * where that word is no word of reaching ({@code person.reach}: "deve passare qualcuno a misurare?", "vem alguém
 * ver?"; "passe quelqu'un" stays a request). Never where "me" ({@code person.me}) is right before or after the word
 * ("quelqu'un peut me passer", "mi passa qualcuno"): that one is handed to the customer. A visit is a question about
 * the service, answered from the FAQ, not a request to talk to a person.
 */
record Visitor(List<String> visit, List<String> me, List<String> reach) {

    /** The most words from the person to a word of coming after it ("quelqu'un de chez vous passe"). */
    static final int AFTER = 3;
    /** The most words from a word of coming to the person after it ("komt er iemand"). */
    static final int BEFORE = 2;

    static Visitor of(Lexicon lexicon) {
        return new Visitor(lexicon.foldedWords("person.visit"), lexicon.foldedWords("person.me"),
                lexicon.foldedWords("person.reach"));
    }

    /** Whether the person named at {@code someone} among the folded {@code words} comes to the customer. */
    boolean comes(String[] words, int someone) {
        if (visit.isEmpty()) {
            return false;
        }
        for (int v = Math.max(0, someone - BEFORE); v <= someone + AFTER && v < words.length; v++) {
            if (v != someone && Spellings.listed(visit, words[v]) && !toMe(words, v)
                    && (v > someone || !Spellings.listed(reach, words[v]))) {
                return true;
            }
        }
        return false;
    }

    private boolean toMe(String[] words, int v) {
        return v > 0 && me.contains(words[v - 1]) || v + 1 < words.length && me.contains(words[v + 1]);
    }
}
