package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.Retrieval;

/**
 * A push-back that says what the customer asked ({@code pushback.asked}: "that's not what I asked", "lo que pregunto
 * es si ...", "ta mas eu perguntei quanto ..."), right after the bot's reply: that reply missed, and the question said
 * again has lost what it is about. Its own confident entry stands where it is another than the one just given and the
 * question read with the customer's message before holds it among its closest entries; otherwise, and instead of any
 * choices, the bot says sorry and asks what is missing, with a person ({@link Action.OfferPerson.Why#REJECTED}); the
 * second push-back in a row hands over. "I wonder" ("je me demande", "me pregunto") is no such word.
 */
final class AskedBefore {

    private static final Lexicon.PerLanguage<Pattern> ASKED = Lexicon.perLanguage(l -> l.alternatives(
            "pushback.asked").map(a -> l.compile("pushback.asked", "(?<![\\p{L}\\p{N}'])" + a
            + "(?![\\p{L}\\p{N}'])")).orElse(null));


    private AskedBefore() {
    }

    /** {@code main} for a typed {@code text}, or the apology and a person where it says what was asked. */
    static Action decided(Action main, DialogueState state, String text, Questions questions) {
        if (state.handedOver() || state.lastReply().isEmpty() || !says(text, state.language())) {
            return main;
        }
        // "that's not what i asked, can i pay by paypal": a question of its own after the push-back is
        // PushBackQuestion's to read
        boolean missed = main instanceof Action.Clarify
                || main instanceof Action.FaqAnswer a && !a.picked() && a.chosenBy() == null && !asksAfter(text, state)
                && (Objects.equals(a.entry().entryId(), state.lastReply().get().entryId())
                        || !confirmed(a, state, text, questions));
        if (!missed) {
            return main;
        }
        boolean again = NextBest.saidBefore(state)
                || RestatedQuestion.previous(state).filter(p -> says(p, state.language())).isPresent();
        return again ? NextBest.toPerson() : new Action.OfferPerson(Action.OfferPerson.Why.REJECTED);
    }

    /** Whether a clause after the first asks ("..., do you send a new one or fix it"). */
    private static boolean asksAfter(String text, DialogueState state) {
        return ActRules.clauses(text).stream().skip(1)
                .anyMatch(c -> FollowUpCue.asks(c, state.language()));
    }

    /** Whether {@code text} says what the customer asked, in {@code language}'s words. */
    static boolean says(String text, Locale language) {
        return ASKED.get(language).map(p -> p.matcher(ActRules.folded(text)).find()).orElse(false);
    }

    /**
     * Whether the question read with the customer's message before holds {@code answer}'s entry among the entries it
     * would offer: of the conversation's topic ("ik vroeg of jullie hem kunnen wassen" after choices for the dog's
     * bath).
     */
    private static boolean confirmed(Action.FaqAnswer answer, DialogueState state, String text, Questions questions) {
        return RestatedQuestion.previous(state).map(before -> {
            Retrieval with = questions.retrieve(Cleanup.forLookup(before + " " + text, state.language()),
                    state.language());
            return with.matches().stream().limit(Action.Clarify.SHOWN)
                    .anyMatch(m -> m.entryId() == answer.entry().entryId());
        }).orElse(false);
    }
}
