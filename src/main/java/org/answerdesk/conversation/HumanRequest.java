package org.answerdesk.conversation;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises a customer asking for a person, and a "yes" to the bot's offer of one. */
final class HumanRequest {

    private static final Pattern ASKS_FOR_PERSON = Pattern.compile(
            "^/(human|agent)\\b.*"
            + "|^(an? )?(human|agent|person|operator|real person|human agent|live agent)( please| pls)?[.!?]*$"
            + "|.*\\b(talk|speak|chat|connect me)( to| with)? (an? |some )?(human|person|agent|operator|real person"
            + "|someone|somebody|representative|staff)\\b.*"
            + "|.*\\b(human|real person|live agent|representative|customer service rep(resentative)?) please\\b.*",
            Pattern.DOTALL);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern YES = Pattern.compile(
            "^(yes|yes please|yeah|yep|sure|ok|okay|please|please do|y)[.!]*$");

    private HumanRequest() {
    }

    static boolean asksForPerson(String text) {
        return ASKS_FOR_PERSON.matcher(normalize(text)).matches();
    }

    static boolean acceptsOffer(String text) {
        return YES.matcher(normalize(text)).matches();
    }

    private static String normalize(String text) {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
