package org.answerdesk.dialogue;

import java.util.Locale;

/**
 * A request for a person said in anger ("this is useless. put me on to a human now!", "así no se puede, páseme con
 * alguien"): the handover then opens with a short apology, as the answer to an angry complaint does. Angry is what
 * {@link Mood#angry} reads in this message, or a sentence ({@link Clauses}) beside the request that says
 * the bot did not help ({@link Act#NOT_HELPED}: "c'est nul") or complains in a few words and asks nothing
 * ({@link PushBack#complains}: "assim não vamos lá"). A longer sentence that negates tells a situation ("I'm not sure
 * the size fits me, can I talk to someone"), not anger. Anger earlier in the conversation is no reason: it had its
 * apology then, and "call me back on 0151 …" two messages later is calm.
 */
final class AngryRequest {

    /** The most words of a complaint beside the request that is a verdict on the chat, not a situation told. */
    private static final int VERDICT_WORDS = 5;

    private AngryRequest() {
    }

    static boolean angry(String text, Locale language) {
        if (Mood.angry(text, language)) {
            return true;
        }
        return Clauses.of(text).stream().filter(s -> !PersonRequest.asksForPerson(s, language))
                .anyMatch(s -> Acts.read(s, language).act().filter(a -> a == Act.NOT_HELPED).isPresent()
                        || !s.contains("?") && !FollowUpCue.asks(s, language)
                        && ActRules.normalize(s).split(" ").length <= VERDICT_WORDS && PushBack.complains(s, language));
    }
}
