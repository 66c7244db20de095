package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.Retrieval;

/**
 * Several questions in one message: each confident one answered in order (actions before the reply), and the first
 * that is not confident decided as a question of its own (a clarify, the LLM, a person) as the reply. A part is never
 * answered on its own confidence alone. Apart from {@link QuestionPath} since each part is looked up alone, without
 * the conversation's follow-up reading.
 */
final class SeveralQuestions {

    private final Questions questions;

    SeveralQuestions(Questions questions) {
        this.questions = questions;
    }

    Action answer(Turn turn, List<String> parts) {
        List<Action> answers = new ArrayList<>();
        Set<Long> answered = new HashSet<>();
        Action unsure = null;
        for (String part : parts) {
            Retrieval retrieval = questions.retrieve(Cleanup.forLookup(part, turn.lang()), turn.lang());
            Optional<Action> confident = questions.confident(retrieval);
            if (confident.isPresent()) {
                if (answered.add(((Action.FaqAnswer) confident.get()).entry().entryId())) {
                    answers.add(confident.get());
                }
            } else if (unsure == null) {
                unsure = questions.answer(Cleanup.withoutWrapping(part, turn.lang()), retrieval, turn.state::latest);
            }
        }
        if (unsure != null) {
            answers.add(unsure);
        }
        turn.before.addAll(answers.subList(0, answers.size() - 1));
        return answers.get(answers.size() - 1);
    }
}
