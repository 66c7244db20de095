package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.Retrieval;

/**
 * Several questions in one message: each confident one answered in order (actions before the reply), and the first
 * that is not confident decided as a question of its own (a clarify, the LLM, a person), then with the other unsure
 * parts ({@link UnsureParts}), as the reply. A part is never
 * answered on its own confidence alone; beside a confident part, an unsure part is answered where its own words also
 * name its first entry ({@link HalfWords#agree}), and with no confident part where they name it by more words
 * ({@link HalfWords#agreeAlone}). Apart from {@link QuestionAlone} since each part is looked up alone, without
 * the conversation's follow-up reading.
 */
final class SeveralQuestions {

    private final Questions questions;

    SeveralQuestions(Questions questions) {
        this.questions = questions;
    }

    Action answer(Turn turn, List<String> parts) {
        return answer(turn, parts, parts.stream().map(p -> questions.retrieve(Cleanup.forLookup(p, turn.lang()),
                turn.lang())).toList());
    }

    /**
     * Two questions typed as one sentence ({@link Parts#joined}) whose halves were looked up ({@code found}), answered
     * as two where the FAQ reads them as two: at least one of them confident, and each closest to an entry of its
     * own. Otherwise empty ("do you sell gift cards and can I pay with them" may be one question).
     */
    Optional<Action> joined(Turn turn, List<String> parts, List<Retrieval> found) {
        boolean confident = found.stream().anyMatch(r -> questions.confident(r).isPresent());
        long entries = found.stream().map(r -> r.best().map(m -> m.entryId()).orElse(-1L)).distinct().count();
        if (!confident || entries < parts.size() || found.stream().anyMatch(r -> r.best().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(answer(turn, parts, found));
    }

    Action answer(Turn turn, List<String> parts, List<Retrieval> found) {
        List<Action> answers = new ArrayList<>();
        Set<Long> answered = new HashSet<>();
        Action unsure = null;
        List<Retrieval> unsureParts = new ArrayList<>();
        String unsurePart = null;
        Set<Long> sure = new HashSet<>();
        found.forEach(r -> questions.confident(r).ifPresent(a -> sure.add(((Action.FaqAnswer) a).entry().entryId())));
        boolean alone = sure.isEmpty();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            Retrieval retrieval = found.get(i);
            Optional<Action> confident = questions.confident(retrieval);
            String words = Cleanup.withoutWrapping(part, turn.lang());
            if (confident.isEmpty() && (alone ? HalfWords.agreeAlone(words, retrieval, sure, questions::wording,
                    turn.lang()) : HalfWords.agree(words, retrieval, sure, questions::wording, turn.lang()))) {
                // an unsure half whose own words name its first entry is answered with it: beside a sure half, or
                // with more words shared where the FAQ was sure of no part (each half read so, in any order)
                confident = Optional.of(questions.best(retrieval));
                sure.add(retrieval.best().orElseThrow().entryId());
            }
            if (confident.isPresent()) {
                if (answered.add(((Action.FaqAnswer) confident.get()).entry().entryId())) {
                    answers.add(confident.get());
                }
            } else {
                unsureParts.add(retrieval);
                if (unsure == null) {
                    unsurePart = part;
                    unsure = questions.answer(Cleanup.withoutWrapping(part, turn.lang()), retrieval,
                            turn.state::latest);
                }
            }
        }
        if (answers.isEmpty()) {
            turn.unsureParts = parts; // one may lean on the answer before (LeaningPart)
            turn.unsureFound = found;
        }
        if (unsure != null) {
            Action decided = UnsureParts.decided(unsure, unsureParts, answered, turn.state.chat(), questions);
            // beside an answer, the choices say which question they are for ("About how long to leeds: ...")
            answers.add(answers.isEmpty() || unsureParts.size() > 1 ? decided
                    : UnsureParts.about(decided, unsurePart, turn.lang()));
        }
        turn.before.addAll(answers.subList(0, answers.size() - 1));
        return answers.get(answers.size() - 1);
    }
}
