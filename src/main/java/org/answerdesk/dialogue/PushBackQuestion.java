package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.Retrieval;

/**
 * A push-back that carries a new question ("non ho chiesto questo, voglio sapere se posso andarci con mio marito",
 * "that's not it, can i pay in instalments"), right after the bot's answer or choices: the FAQ is asked the question
 * without the push-back, whose words are the customer's view of the last reply and name no topic. A confident answer
 * to the whole message stands only where the question alone is answered confidently (then by its own entry);
 * otherwise the bot says sorry and asks what is missing, with a person ({@link Action.OfferPerson.Why#REJECTED}),
 * never an entry the push-back's words found. Read by structure: a first clause that complains (negates, objects or
 * says "the same again", {@link PushBack#complains}) and asks nothing, then clauses that ask.
 */
final class PushBackQuestion {

    /** The most words of a push-back clause that only judges the reply ("that's not what i asked"). */
    static final int PUSH_BACK_WORDS = 6;
    private static final Pattern CLAUSE = Pattern.compile("[,.;:!?\\n]+");

    private PushBackQuestion() {
    }

    /** {@code main} for a typed {@code text} of a conversation not waiting for a person. */
    static Action decided(Action main, DialogueState state, String text, Questions questions) {
        if (!(main instanceof Action.FaqAnswer a) || a.picked() || a.chosenBy() != null || state.handedOver()
                || !state.lastReply().map(l -> l.answered() || l.offeredChoices()).orElse(false)) {
            return main;
        }
        Locale language = state.language();
        String[] clauses = CLAUSE.splitAsStream(text).map(String::strip).filter(c -> !c.isEmpty())
                .toArray(String[]::new);
        if (clauses.length < 2 || clauses[0].split("\\s+").length > PUSH_BACK_WORDS
                || FollowUpCue.asks(clauses[0], language) || !PushBack.complains(clauses[0], language)) {
            return main;
        }
        String rest = String.join(", ", Arrays.copyOfRange(clauses, 1, clauses.length));
        if (!FollowUpCue.asks(rest, language) && !text.contains("?")) {
            return main;
        }
        Retrieval alone = questions.retrieve(Cleanup.forLookup(rest, language), language);
        return questions.confident(alone).orElseGet(() -> new Action.OfferPerson(Action.OfferPerson.Why.REJECTED));
    }
}
