package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A short message read with the turn before it: a follow-up ("and to canada?") with the customer's previous
 * question, and a detail after an answer ("checked spam already") with the question answered.
 */
final class ReadWithPrevious {

    private final Questions questions;
    private final StandaloneFollowUp standalone;

    ReadWithPrevious(Questions questions, StandaloneFollowUp standalone) {
        this.questions = questions;
        this.standalone = standalone;
    }

    /** Words that say a message reports on what was already tried ("checked spam already", "placed 10 min ago"). */
    private static final java.util.Set<String> PROGRESS = java.util.Set.of("already", "still", "yet", "ago", "tried",
            "checked", "done", "did");

    /**
     * A detail after an answer ("its order 55102 placed 10 min ago", "checked spam already", an order number alone:
     * the clean-up took a detail out, or it says what was tried), the FAQ unsure of it:
     * read with the question answered, the same topic's other entries as choices (never the answer just given, never
     * entries of another topic), else a person. With an LLM, the model reads it with the conversation instead.
     */
    Optional<Action> detailAfterAnswer(Turn turn, String question, String lookup) {
        Optional<LastReply> answered = turn.answered().filter(r -> r.question() != null);
        String kept = Cleanup.withoutWrapping(question, turn.lang());
        boolean detail = Cleanup.onlyDetails(question, turn.lang())
                || lookup.split("\\s+").length <= DialoguePolicy.FOLLOW_UP_WORDS && (lookup.length() < kept.length() * 2 / 3
                || java.util.Arrays.stream(Noise.words(lookup.toLowerCase(java.util.Locale.ROOT)).split(" "))
                        .anyMatch(PROGRESS::contains));
        if (answered.isEmpty() || !detail || questions.llmEnabled()) {
            return Optional.empty();
        }
        String before = Cleanup.forLookup(Acts.read(answered.get().question(), turn.lang()).question(), turn.lang());
        Retrieval together = questions.retrieve((before + " " + lookup).strip(), turn.lang());
        // only entries the two together make plausible: weak ones are no next step, a person is
        List<FaqMatch> others = questions.offerable(together.choices()).stream()
                .filter(m -> answered.get().entryId() == null || m.entryId() != answered.get().entryId()).limit(3)
                .toList();
        return Optional.of(others.isEmpty() ? new Action.OfferPerson(Action.OfferPerson.Why.UNSURE)
                : new Action.Clarify(others, together.confidence(), others.get(0).entryId(), null, false));
    }

    /**
     * A short message read with the customer's previous question. With an LLM, the model first rewrites it to stand
     * alone ({@link StandaloneFollowUp}), once per message. Without one, or when the rewrite is not confident, it is
     * answered when the two together are confident. A message that is unsure on its own ({@code alone}) must find an
     * entry among its own closest ones this way, so that a new topic ("money back") never gets the previous answer
     * again; one that says it continues ("and to the UK?": {@code alone} null) need not.
     */
    Optional<Action> followUp(Turn turn, String question, Retrieval alone) {
        String lookup = Cleanup.forLookup(question, turn.lang());
        if (lookup.split("\\s+").length > DialoguePolicy.FOLLOW_UP_WORDS) {
            return Optional.empty();
        }
        Optional<LastReply> previous = turn.last().filter(r -> r.question() != null);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        if (!turn.rewriteAsked) {
            turn.rewriteAsked = true;
            Optional<Action> rewritten = standalone.answer(Cleanup.withoutWrapping(question, turn.lang()), previous.get(),
                    turn.lang());
            if (rewritten.isPresent()) {
                return rewritten;
            }
        }
        String before = Cleanup.forLookup(Acts.read(previous.get().question(), turn.lang()).question(), turn.lang());
        Retrieval together = questions.retrieve(before + " " + lookup, turn.lang());
        return questions.confident(together).flatMap(a -> namingTheChange(a, together, FollowUps.changed(lookup,
                        before, turn.lang())))
                .filter(a -> alone == null || a instanceof Action.FaqAnswer f && alone.matches().stream()
                        .anyMatch(m -> m.entryId() == f.entry().entryId()));
    }

    /**
     * A continuation ("und in die Schweiz?", "¿y a Canarias?") that neither reading answered is never a ticket by
     * itself, nor "did you mean" with entries of another topic: the entries the two questions together make
     * plausible, less the one just given, as choices; else the choices of the message alone; else the offer of a
     * person, which a "yes" accepts. Any other decision (an answer, the LLM's) stands.
     */
    Action unanswered(Turn turn, String question, Action alone) {
        Optional<LastReply> before = turn.last().filter(r -> r.question() != null);
        String lookup = Cleanup.forLookup(question, turn.lang());
        if (!(alone instanceof Action.Handoff || alone instanceof Action.Clarify) || before.isEmpty()
                || lookup.split("\\s+").length > DialoguePolicy.FOLLOW_UP_WORDS) {
            return alone; // a long question that starts with "and" stands alone
        }
        String previous = Cleanup.forLookup(Acts.read(before.get().question(), turn.lang()).question(), turn.lang());
        Retrieval together = questions.retrieve(previous + " " + lookup, turn.lang());
        Long given = before.get().entryId();
        List<FaqMatch> topic = questions.offerable(together.confident() ? together.matches() : together.choices())
                .stream().filter(m -> given == null || m.entryId() != given).limit(3).toList();
        if (!topic.isEmpty()) {
            return new Action.Clarify(topic, together.confidence(), topic.get(0).entryId(), null, false);
        }
        return alone instanceof Action.Clarify ? alone : new Action.OfferPerson(Action.OfferPerson.Why.UNSURE);
    }

    /**
     * A follow-up that changes one thing ("and to canada?") is answered by an entry that names it: the confident one
     * if it does, else the first offerable entry of the two questions together that does ("Which countries do you ship
     * to?" names Canada), else by none (the follow-up is then decided alone).
     */
    private Optional<Action> namingTheChange(Action confident, Retrieval together, java.util.Set<String> changed) {
        if (changed.isEmpty() || !(confident instanceof Action.FaqAnswer answer)
                || FollowUps.names(answer.entry(), changed)) {
            return Optional.of(confident);
        }
        return questions.offerable(together.matches()).stream().filter(m -> FollowUps.names(m, changed)).findFirst()
                .map(m -> new Action.FaqAnswer(m, together.confidence(), List.of(), null, false));
    }
}
