package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A statement joined by an "and" to the question after it ({@link Parts#statementBeside}) that tells a need of its
 * own rather than the question's case: "we need a child seat for the little one too, and how much is a car for ten
 * days?". {@link LooseJoin} does not split at such an "and" (a statement is read as its question's context: "my son
 * is 7 and growing fast, do you have used ones?"); this reads the split where the FAQ shows the statement is a
 * question of its own: the statement's own lookup is confident of an entry, that entry is the one the whole message
 * reads first (the statement steered the whole reading, so the question after it would be dropped), and the question
 * half, not far and of a sentence's length, leads to another entry among the whole message's closest. Answered as
 * two by {@link SeveralQuestions#answer}: the statement's entry, then the question's answer or its own choices.
 */
final class TellsNeed {

    private TellsNeed() {
    }

    /**
     * The message split at the last "and" after a statement, before a question: the one nearest the question ("il
     * nous faudrait aussi un siège enfant, et combien coûte ...": "aussi" is an "and" inside the statement); empty if
     * none.
     */
    static Optional<List<String>> split(String message, Locale language) {
        List<List<String>> splits = LooseJoin.splits(message, language, true);
        return splits.isEmpty() ? Optional.empty() : Optional.of(splits.get(splits.size() - 1));
    }

    /**
     * Whether the statement (the first of {@code found}) is a need of its own beside the question (above), the question
     * of at least {@link Parts#MIN_WORDS} words: a shorter one ("..., also can send back?") asks about the statement's
     * thing and leans on it, as a short sentence does on the one before.
     */
    static boolean of(Retrieval whole, List<String> parts, List<Retrieval> found, Questions questions,
                      Locale language) {
        Retrieval told = found.get(0);
        Retrieval asked = found.get(1);
        String words = Parts.withoutAnd(Parts.withoutClosingMark(parts.get(1)), language);
        if (FreeFormActs.words(Noise.words(words)) < Parts.MIN_WORDS || questions.confident(told).isEmpty()
                || told.best().isEmpty() || asked.far() || asked.best().isEmpty()) {
            return false;
        }
        long need = told.best().get().entryId();
        long question = asked.best().get().entryId();
        return question != need && whole.best().map(FaqMatch::entryId).orElse(-1L) == need
                && whole.matches().stream().anyMatch(m -> m.entryId() == question);
    }
}
