package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one recogniser of a customer asking for a person in words (any channel, any path), and of a "yes" to the
 * bot's offer of one. Buttons and commands that ask for a person arrive as {@link Intent#HUMAN} instead.
 */
public final class PersonRequest {

    private static final Pattern ASKS_FOR_PERSON = Pattern.compile(
            "^/(human|agent)\\b"
            + "|^(an? )?(human|agent|person|operator|real person|human agent|live agent)( please| pls)?[.!?]*+$"
            + "|\\b(talk|speak|chat|connect me)( to| with)? (an? |some )?(human|person|agent|operator|real person"
            + "|someone|somebody|representative|staff)\\b"
            + "|\\b(human|real person|live agent|representative|customer service rep(resentative)?) please\\b");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern YES = Pattern.compile(
            "^(yes|yes please|yeah|yep|sure|ok|okay|please|please do|y)[.!]*$");

    private PersonRequest() {
    }

    public static boolean asksForPerson(String text) {
        return ASKS_FOR_PERSON.matcher(normalize(text)).find();
    }

    public static boolean acceptsOffer(String text) {
        return YES.matcher(normalize(text)).matches();
    }

    private static String normalize(String text) {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
