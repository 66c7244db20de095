package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.Optional;

/**
 * "are you a bot? do you also give ski lessons": the bot question first, then a question of the shop's, in one
 * message. Read whole, neither is found (the FAQ gets unrelated choices); read apart, the bot says what it is and
 * answers the question after it, as a person would.
 */
final class BotThenQuestion {

    private BotThenQuestion() {
    }

    /**
     * The question after a bot question that ends with its question mark ("ciao sei un robot? fate anche lezioni di
     * sci"); empty when the message does not open with one or nothing but another act follows it.
     */
    static Optional<String> rest(String text, Locale language) {
        int mark = text.indexOf('?');
        if (mark < 0 || mark == text.length() - 1) {
            return Optional.empty();
        }
        String rest = text.substring(mark + 1).replaceFirst("^[?!.\\s]+", "").strip();
        Acts.Reading first = Acts.read(text.substring(0, mark + 1), language);
        if (rest.isEmpty() || !first.onlyAct() || first.act().get() != Act.BOT) {
            return Optional.empty();
        }
        Acts.Reading after = Acts.read(rest, language);
        return after.onlyAct() || after.question().isBlank() ? Optional.empty() : Optional.of(rest);
    }

    /**
     * The question a message read whole as the bot question asks after it ("eres una persona o un robot? bueno da
     * igual, teneis pilates?", "are you a human or a bot? never mind, do you deliver to ireland?"): the words after
     * the bot question's mark, where they are marked as a question ("?") of at least {@link Parts#JOINED_WORDS} words
     * and are no act themselves. Empty otherwise ("are you a bot? just curious", "vous êtes une vraie personne ou un
     * programme? vous répondez trop vite": a remark on the bot, asked by its words only).
     */
    static Optional<String> askedAfter(String text, Locale language) {
        return rest(text, language).filter(r -> FreeFormActs.words(Noise.words(r)) >= Parts.JOINED_WORDS
                && (r.indexOf('?') >= 0 || r.indexOf('\uff1f') >= 0));
    }
}
