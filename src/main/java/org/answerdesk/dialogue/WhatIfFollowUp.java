package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A short follow-up that asks "and what if" ({@code asks.if}: "and if I need it by Friday", "und wenn wir zu zweit
 * kommen") but reads, with the question before it, as the entry just given again. It asks no mark and no question's
 * word, so it would be taken for a report of what that answer did not solve ({@link QuestionPath}'s "that is all our
 * help center says"); it asks of a case the answer may not hold, which another entry of its own reading often does
 * (express delivery after the delivery times, private lessons after a class). Its own reading's entries are offered,
 * the entry given last: both readings, none answered as if sure.
 */
final class WhatIfFollowUp {

    private WhatIfFollowUp() {
    }

    /**
     * The choices for such a follow-up: {@code alone}'s entries (its first when it is sure, else the entries it would
     * offer) other than {@code given}, then {@code given}; empty when its own reading offers no other entry.
     */
    static List<FaqMatch> choices(Questions questions, Retrieval alone, FaqMatch given) {
        List<FaqMatch> own = questions.offerable(alone.confident() ? alone.matches().subList(0,
                Math.min(1, alone.matches().size())) : alone.clarify() ? alone.choices() : List.of());
        List<FaqMatch> choices = new ArrayList<>(own.stream().filter(m -> m.entryId() != given.entryId())
                .limit(Action.Clarify.SHOWN - 1).toList());
        if (choices.isEmpty()) {
            return List.of();
        }
        choices.add(given);
        return List.copyOf(choices);
    }
}
