package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A follow-up typed while "did you mean" choices are showing, instead of a tap: it says more of the question the
 * choices were offered for ("is the exchange free" after choices about a wrong size, "the link expired" after choices
 * about a forgotten password). Its own words (what it adds to that question, less the words that only lead or ask)
 * pick the entry shown that states them ({@link FollowUpDetail}), though alone they may find another entry ("the link
 * expired" alone: the discount code that "hasn't expired"). A question its own words answer confidently elsewhere
 * ("and when do i get my money"), or a request to act on a thing that they answer confidently elsewhere ("then
 * please remove my account"), is a new one, and a follow-up that states nothing of any choice is decided as
 * before ({@link ChoicesShowing}).
 */
final class ChoicesFollowUp {

    private final Questions questions;

    ChoicesFollowUp(Questions questions) {
        this.questions = questions;
    }

    Optional<Action> read(Turn turn, String question, Retrieval retrieved) {
        Locale lang = turn.lang();
        Optional<LastReply> shown = ChoicesShowing.showing(turn.state)
                .filter(r -> r.question() != null && !r.offered().isEmpty());
        if (shown.isEmpty() || Parts.of(question, lang).size() > 1 || Cleanup.onlyDetails(question, lang)) {
            return Optional.empty();
        }
        String lookup = Cleanup.forLookup(question, lang);
        if (lookup.isBlank() || Noise.words(lookup).strip().split("\\s+").length > FollowUpCue.LONGEST) {
            return Optional.empty();
        }
        String before = Cleanup.forLookup(Acts.read(shown.get().question(), lang).question(), lang);
        if (before.isBlank()) {
            return Optional.empty(); // choices a "that didn't help" brought: no question of their own to read against
        }
        Set<String> own = FollowUps.own(lookup, before, lang);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        // the entries shown, in the order shown, as the reply that showed them keeps them
        List<FaqMatch> offered = shown.get().offeredInFaq();
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        Retrieval alone = retrieved != null ? retrieved : questions.retrieve(lookup, lang);
        if (alone.far()) {
            return Optional.empty(); // far from every entry: no follow-up of the choices
        }
        Optional<FaqMatch> aloneBest = alone.confident() ? alone.best() : Optional.empty();
        if (aloneBest.filter(a -> offered.stream().noneMatch(o -> o.entryId() == a.entryId())).isPresent()
                && (FollowUpCue.asks(question, lang) || Parts.continues(question, lang)
                        || ActObject.named(question, Lexicon.code(lang)))) {
            // "and when do i get my money": a question of its own, answered as it is; "then please remove my
            // account": a request to act on a thing, which a shown entry sharing "after" and "account" is not
            return Optional.empty();
        }
        // a shown entry that states at least half of its own words: one stray word ("heute") picks nothing
        return FollowUpDetail.stating(own, offered.get(0), offered, aloneBest)
                .filter(m -> offered.stream().anyMatch(o -> o.entryId() == m.entryId()))
                .filter(m -> 2 * FollowUps.stated(m.question() + " " + m.answer(), own) >= own.size())
                .map(m -> new Action.FaqAnswer(m, Math.max(alone.confidence(), shown.get().confidence()), List.of(),
                        null, false));
    }
}
