package org.answerdesk.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.Retrieval;

/**
 * The question said again after a push-back ("that's not what I asked, I want to know ..."), where it is said of what
 * came before: it points back ("of dat al bij de prijs zit", "do you fix it") or repeats a word or a number of the
 * customer's earlier messages or of the choices shown ("le prix total pour 20 m", "il buono"). Looked up alone it has
 * lost what it is about, so the entry its own words find confidently stands only where the question read with the
 * customer's message before finds the same entry first; otherwise that entry is an unrelated one (issue 61).
 */
final class RestatedQuestion {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private RestatedQuestion() {
    }

    /** Whether {@code found}, the confident answer to the restated question {@code rest} alone, is not confirmed. */
    static boolean unconfirmed(Action found, DialogueState state, String rest, Questions questions) {
        if (!(found instanceof Action.FaqAnswer answer)) {
            return false;
        }
        Locale language = state.language();
        Optional<String> before = previous(state);
        if (before.isEmpty() || !saidOfBefore(rest, before.get(), state, language)) {
            return false;
        }
        Retrieval with = questions.retrieve(Cleanup.forLookup(before.get() + " " + rest, language), language);
        return with.best().map(m -> m.entryId() != answer.entry().entryId()).orElse(true);
    }

    /** The customer's message before this one. */
    static Optional<String> previous(DialogueState state) {
        List<HistoryTurn> history = state.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryTurn turn = history.get(i);
            if (turn.fromCustomer() && turn.text() != null && !turn.text().isBlank()) {
                return Optional.of(turn.text());
            }
        }
        return Optional.empty();
    }

    private static boolean saidOfBefore(String rest, String before, DialogueState state, Locale language) {
        if (FollowUpCue.pointsBack(rest, language)) {
            return true;
        }
        StringBuilder earlier = new StringBuilder(before);
        state.lastReply().ifPresent(l -> l.offeredQuestions().forEach(q -> earlier.append(' ').append(q)));
        Set<String> known = new HashSet<>(ContentTerms.withConcepts(earlier.toString(), language));
        known.addAll(numbers(before));
        return ContentTerms.withConcepts(rest, language).stream().anyMatch(known::contains)
                || numbers(rest).stream().anyMatch(known::contains);
    }

    private static Set<String> numbers(String text) {
        return NUMBER.matcher(text).results().map(MatchResult::group).collect(Collectors.toSet());
    }
}
