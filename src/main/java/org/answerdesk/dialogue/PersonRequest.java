package org.answerdesk.dialogue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

    /** The commands that ask for a person in every language. */
    private static final Pattern COMMAND = Pattern.compile("^/(human|agent)\\b");
    /**
     * Another language's requests ({@code <language>.ask}, from {@code person.ask}, found anywhere in the message)
     * and yeses to the offer ({@code <language>.yes}, from {@code person.yes}, the whole message), read with accents
     * folded; English is the two patterns above.
     */
    private static final Map<String, Pattern> BY_LANGUAGE = byLanguage();

    private PersonRequest() {
    }

    /** Whether an English message asks for a person. */
    public static boolean asksForPerson(String text) {
        return ASKS_FOR_PERSON.matcher(normalize(text)).find();
    }

    /** Whether a message in {@code language} asks for a person; in a language not shipped, only the commands do. */
    public static boolean asksForPerson(String text, Locale language) {
        String code = Lexicon.code(language);
        if (code.equals(Lexicon.ENGLISH)) {
            return asksForPerson(text);
        }
        Pattern ask = BY_LANGUAGE.get(code + ".ask");
        return COMMAND.matcher(normalize(text)).find()
                || ask != null && ask.matcher(Lexicon.fold(ActRules.normalize(text))).find();
    }

    /** Whether an English message says yes to the offer of a person. */
    public static boolean acceptsOffer(String text) {
        return YES.matcher(normalize(text)).matches();
    }

    /** Whether a message in {@code language} says yes to the offer of a person. */
    public static boolean acceptsOffer(String text, Locale language) {
        String code = Lexicon.code(language);
        if (code.equals(Lexicon.ENGLISH)) {
            return acceptsOffer(text);
        }
        Pattern yes = BY_LANGUAGE.get(code + ".yes");
        return yes != null && yes.matcher(Lexicon.fold(ActRules.normalize(text))).matches();
    }

    private static Map<String, Pattern> byLanguage() {
        Map<String, Pattern> patterns = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> {
            lexicon.alternatives("person.ask").ifPresent(a -> patterns.put(language + ".ask",
                    Pattern.compile("\\b" + Lexicon.fold(a) + "(?![\\p{L}\\p{N}])")));
            lexicon.alternatives("person.yes").ifPresent(a -> patterns.put(language + ".yes",
                    Pattern.compile(Lexicon.fold(a) + "[.!]*+")));
        });
        return Map.copyOf(patterns);
    }

    private static String normalize(String text) {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
