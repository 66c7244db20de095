package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.Optional;

/**
 * For the one-step answer ({@link DialoguePolicy#prepare}): whether a message with an "and" that {@link LooseJoin} may
 * split there is one question all the same. {@link LooseJoin#read} answers that from the message and the FAQ alone
 * (the conversation only shapes the two answers of a split), so a message it does not split is answered as any
 * other question, in one step, instead of taking the second step only to be found one question there. Its lookups
 * (the whole message and its halves) are the ones the decision would make, so the second step of a split message
 * finds their vectors in the question cache.
 */
final class OneQuestionAfterAll {

    private final LooseJoin loose;

    OneQuestionAfterAll(Questions questions) {
        this.loose = new LooseJoin(questions, new SeveralQuestions(questions));
    }

    /** Whether the message has no point {@link LooseJoin} splits it at. */
    boolean oneQuestion(String text, Locale language) {
        if (!LooseJoin.mayJoin(text, language)) {
            return true;
        }
        String question = Acts.read(text, language).question(); // as QuestionAlone reads it (no act here)
        return loose.read(new Turn(DialogueState.fresh(language), new Acts.Reading(Optional.empty(), question)),
                question).isEmpty();
    }
}
