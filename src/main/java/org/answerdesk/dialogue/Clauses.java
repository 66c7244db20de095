package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;

/**
 * A message's sentences and comma clauses ("ok whatever, how long will it take?" is two), stripped, none empty: where
 * one clause may say what the message does (asks how long, says the bot did not help) while the others only talk.
 */
final class Clauses {

    private Clauses() {
    }

    static List<String> of(String text) {
        return Arrays.stream(text.split("(?<=[?!.;,])\\s*|\\n+")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
