package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.answerdesk.retrieval.FaqMatch;
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

    Action answer(Turn turn, List<String> parts, Retrieval whole) {
        return answer(turn, parts, parts.stream().map(p -> questions.retrieve(Cleanup.forLookup(p, turn.lang()),
                turn.lang())).toList(), whole);
    }

    /**
     * Two questions typed as one sentence ({@link Parts#joined}) whose halves were looked up ({@code found}), answered
     * as two where the FAQ reads them as two: at least one of them confident, and each closest to an entry of its
     * own. Otherwise empty ("do you sell gift cards and can I pay with them" may be one question), as where a half
     * would be answered on a topic that is not its own ({@link #split}).
     */
    Optional<Action> joined(Turn turn, List<String> parts, List<Retrieval> found) {
        boolean confident = found.stream().anyMatch(r -> questions.confident(r).isPresent());
        long entries = found.stream().map(r -> r.best().map(m -> m.entryId()).orElse(-1L)).distinct().count();
        if (!confident || entries < parts.size() || found.stream().anyMatch(r -> r.best().isEmpty())) {
            return Optional.empty();
        }
        return split(turn, parts, found, null);
    }

    /** The parts' answers, {@code whole} the message's own reading if it was looked up already (else null). */
    Action answer(Turn turn, List<String> parts, List<Retrieval> found, Retrieval whole) {
        return decided(turn, parts, found, whole, false).orElseThrow();
    }

    /**
     * As {@link #answer}, for a message split by its words, not by its question marks ({@link LooseJoin}): empty where
     * a part would be answered as if sure on an entry that neither its own words name nor the whole message reads
     * among its first ({@link OwnTopic}); the message is then one question. A part that only tells ("i had her name
     * put on a board") is the case of the part answered beside it: no choices of its own.
     */
    Optional<Action> split(Turn turn, List<String> parts, List<Retrieval> found, Retrieval whole) {
        return decided(turn, parts, found, whole, true);
    }

    private Optional<Action> decided(Turn turn, List<String> parts, List<Retrieval> found, Retrieval given,
                                     boolean byWords) {
        Retrieval[] whole = {given};
        Supplier<Retrieval> wholeRead = () -> whole[0] != null ? whole[0] : (whole[0] = questions.retrieve(
                Cleanup.forLookup(turn.reading.question(), turn.lang()), turn.lang()));
        List<Action> answers = new ArrayList<>();
        Set<Long> answered = new HashSet<>();
        List<Retrieval> unsureParts = new ArrayList<>();
        List<String> unsureWords = new ArrayList<>();
        Set<Long> sure = new HashSet<>();
        found.forEach(r -> questions.confident(r).ifPresent(a -> sure.add(((Action.FaqAnswer) a).entry().entryId())));
        boolean alone = sure.isEmpty();
        // where the FAQ is sure of every part alone, each is a question of its own as it stands
        boolean guarded = byWords && sure.size() < parts.size();
        List<java.util.function.Predicate<Set<Long>>> checks = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            Retrieval retrieval = found.get(i);
            Optional<Action> confident = questions.confident(retrieval);
            boolean onWords = false;
            String words = Cleanup.withoutWrapping(part, turn.lang());
            if (confident.isEmpty() && (alone ? HalfWords.agreeAlone(words, retrieval, sure, questions::wording,
                    turn.lang()) : HalfWords.agree(words, retrieval, sure, questions::wording, turn.lang()))) {
                // an unsure half whose own words name its first entry is answered with it: beside a sure half, or
                // with more words shared where the FAQ was sure of no part (each half read so, in any order)
                confident = Optional.of(questions.best(retrieval));
                onWords = alone;
                sure.add(retrieval.best().orElseThrow().entryId());
            }
            if (confident.isPresent()) {
                FaqMatch entry = ((Action.FaqAnswer) confident.get()).entry();
                boolean wordsAlone = onWords;
                if (onWords || !OwnTopic.closedByItsMark(part)) {
                    // a part the FAQ is sure of and the customer closed with its own "?" asks by itself
                    checks.add(done -> OwnTopic.holds(words, retrieval, entry, wordsAlone, done, wholeRead,
                            questions::wording, turn.lang()));
                }
                if (answered.add(((Action.FaqAnswer) confident.get()).entry().entryId())) {
                    answers.add(confident.get());
                }
            } else {
                unsureParts.add(retrieval);
                unsureWords.add(part);
            }
        }
        if (guarded && !checks.stream().allMatch(c -> c.test(answered))) {
            return Optional.empty(); // "..., can i send it you and get one done right": one question
        }
        if (answers.isEmpty()) {
            turn.unsureParts = parts; // one may lean on the answer before (LeaningPart)
            turn.unsureFound = found;
        }
        if (!unsureParts.isEmpty()) {
            String unsurePart = unsureWords.get(0);
            Action unsure = questions.answer(Cleanup.withoutWrapping(unsurePart, turn.lang()), unsureParts.get(0),
                    turn.state::latest);
            // a part that asks by its mark or words offers its closest beside an answer even where judged far
            List<Boolean> asking = unsureWords.stream().map(w -> w.indexOf('?') >= 0 || w.indexOf('\uFF1F') >= 0
                    || Parts.asks(Parts.withoutClosingMark(Cleanup.withoutWrapping(w, turn.lang())), turn.lang()))
                    .toList();
            Action decided = UnsureParts.decided(unsure, unsureParts, answered, turn.state.chat(), questions,
                    asking);
            if (answers.isEmpty() && unsureParts.size() > 1) {
                // no part answered: the whole message's first entry leads the parts' choices
                // where the parts have choices at all, the message is the shop's: each near part offers its closest
                decided = WholeFirst.of(decided, wholeRead.get(), UnsureParts.offered(unsureParts, true, questions));
            }
            // beside an answer, the choices say which question they are for ("About how long to leeds: ...")
            answers.add(answers.isEmpty() || unsureParts.size() > 1 ? decided
                    : UnsureParts.about(decided, unsurePart, turn.lang()));
        }
        turn.before.addAll(answers.subList(0, answers.size() - 1));
        return Optional.of(answers.get(answers.size() - 1));
    }
}
