package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A long message cut into stretches of at most a given length, at sentence ends where it has them, else at spaces,
 * else anywhere: what a pattern with repeated groups may read without recursing deeper than a thread's stack allows.
 */
final class Pieces {

    private Pieces() {
    }

    static Stream<String> of(String text, int longest) {
        List<String> pieces = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?\\n])")) {
            String rest = sentence;
            while (rest.length() > longest) {
                int cut = rest.lastIndexOf(' ', longest);
                cut = cut > 0 ? cut : longest;
                pieces.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            pieces.add(rest);
        }
        return pieces.stream();
    }
}
