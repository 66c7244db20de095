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
 * parts ({@link UnsureParts}), as the reply. Beside a confident part, an unsure part whose own lookup offers choices
 * is answered with its own best entry where the FAQ gives that entry at least {@link #BESIDE_ANSWER}: the answered
 * part shows the message is the shop's, so a half read alone on a few words is right more often than its confidence
 * says. Apart from {@link QuestionAlone} since each part is looked up alone, without the conversation's follow-up
 * reading.
 */
final class SeveralQuestions {

    /**
     * The estimated probability (the FAQ's confidence, 0-1) at or above which a question asked beside a confidently
     * answered one is answered with its own best entry instead of offered choices: fitted leave-one-set-out on the
     * regression plans (docs/dialogue.md, two23), below the FAQ's answer threshold of a question asked alone.
     */
    static final double BESIDE_ANSWER = 0.30;

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
        found.stream().filter(Retrieval::confident).forEach(r -> r.best().ifPresent(m -> sure.add(m.entryId())));
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            Retrieval retrieval = found.get(i);
            Optional<Action> confident = questions.confident(retrieval);
            if (confident.isEmpty() && !sure.isEmpty()) {
                confident = besideSure(retrieval, sure);
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

    /**
     * An unsure part's own best entry as its answer, where another part of the message is confident: the part's
     * lookup offers choices (not far), leads with an entry no confident part has, and gives it {@link #BESIDE_ANSWER}.
     */
    private Optional<Action> besideSure(Retrieval retrieval, Set<Long> sure) {
        if (!retrieval.clarify() || retrieval.confidence() < BESIDE_ANSWER || retrieval.best().isEmpty()
                || sure.contains(retrieval.best().get().entryId())) {
            return Optional.empty();
        }
        var best = retrieval.best().get();
        return Optional.of(new Action.FaqAnswer(best, retrieval.confidence(),
                questions.offerable(retrieval.matches().subList(1, retrieval.matches().size())), null, false));
    }
}
