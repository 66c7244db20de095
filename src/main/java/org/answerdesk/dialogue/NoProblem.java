package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "no problem", "kein Stress", "pas de souci", "nessun problema": a negated trouble ({@code ack.noproblem}) is an
 * acknowledgement, never a "no" to what the bot said (issue 61 item 6, set 16's "ok so i make a new command for the
 * candle, no problem" was read as a rejection of the choices). In a conversation under way, a message with such a
 * clause first or last is a thanks: the whole of it when the rest asks nothing and names no problem
 * ({@code closing.not}), else a thanks around the rest's question.
 */
final class NoProblem {

    /** The longest rest beside the acknowledgement ("ok so i make a new command for the candle"). */
    static final int REST_WORDS = 15;
    private static final Pattern CLAUSE = Pattern.compile("[^.!?,;\\n]+[.!?,;\\n]*");

    private record Rules(Pattern ack, List<String> not) {
    }

    private static final Lexicon.PerLanguage<Rules> RULES = Lexicon.perLanguage(lexicon -> lexicon
            .alternatives("ack.noproblem").map(a -> new Rules(lexicon.compile("ack.noproblem", Lexicon.fold(a)),
                    lexicon.foldedWords("closing.not"))).orElse(null));

    private NoProblem() {
    }

    /** The reading of a message with a "no problem" clause first or last; empty for any other. */
    static Optional<Acts.Reading> reread(Acts.Reading reading, String text, DialogueState state) {
        Rules rules = RULES.get(state.language()).orElse(null);
        if (rules == null || state.lastReply().isEmpty()) {
            return Optional.empty();
        }
        List<int[]> clauses = CLAUSE.matcher(text).results().map(r -> new int[] {r.start(), r.end()}).toList();
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        String rest;
        if (said(text, clauses.get(clauses.size() - 1), rules)) {
            rest = text.substring(0, clauses.get(clauses.size() - 1)[0]);
        } else if (said(text, clauses.get(0), rules)) {
            rest = text.substring(clauses.get(0)[1]);
        } else {
            return Optional.empty();
        }
        String plain = ActRules.folded(rest);
        if (plain.isEmpty()) {
            return Optional.of(new Acts.Reading(Optional.of(Act.THANKS), ""));
        }
        String[] words = plain.split(" ");
        if (words.length > REST_WORDS || java.util.Arrays.stream(words).anyMatch(rules.not()::contains)) {
            return Optional.empty(); // "no problem, but it still hasn't come": a problem
        }
        boolean asks = rest.contains("?") || FollowUpCue.asks(rest.strip(), state.language());
        return Optional.of(new Acts.Reading(Optional.of(Act.THANKS), asks ? rest.strip() : ""));
    }

    private static boolean said(String text, int[] clause, Rules rules) {
        Matcher m = rules.ack().matcher(ActRules.folded(text.substring(clause[0], clause[1])));
        return m.matches();
    }
}
