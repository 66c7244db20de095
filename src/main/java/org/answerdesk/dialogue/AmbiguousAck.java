package org.answerdesk.dialogue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An acknowledgement or a yes with nothing else ("ok dale", "ja is goed", "tá bom então", "d'accord", "va bene"), typed
 * right after the bot replied to something the customer told without asking ("we had booked for Sunday but the
 * little one has chickenpox"), or told with a question beside it ("…, we can't come now: and the deposit?",
 * {@link ToldCancellation#tellsNoLonger}): it says neither which of the choices shown nor whether the answer settled
 * what was told (nothing was cancelled, nothing done), so it is no thanks. After choices it is the yes to them ({@link
 * YesToChoices}: one choice is that entry's answer; several, "not sure which of our answers fits" and a person if
 * wanted); after an answer, the customer is asked what they would like to do ({@link Action.AskWhatNext}), never told
 * "glad that helped". A word of thanks ("ok merci", "ja danke") keeps the thanks, as does an acknowledgement of a reply
 * to a question ("ok" after the choices offered for "can I leave my boards overnight?"): a short "anything else?"
 * fits it.
 *
 * <p>The words are each language's ({@code ack.bare}: "ok", "vale", "passt", "goed"; with {@code closed.yes}'s words
 * of yes and {@code ack.with}'s small words: "then", "dann", "então", "is"); the message is read whole, at most
 * {@value #MOST_WORDS} words and no question mark.
 */
final class AmbiguousAck {

    /** The longest acknowledgement read so ("ok, sim, tá bom então"). */
    static final int MOST_WORDS = 4;

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}']++");
    private static final Pattern CLAUSE = Pattern.compile("[.!;,\\n]+");

    /** The words that acknowledge or say yes ({@code core}) and those that may go with them. */
    private record Words(Set<String> core, Set<String> with) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(lexicon -> {
        Set<String> core = new HashSet<>(lexicon.foldedWords("ack.bare"));
        core.addAll(lexicon.foldedWords("closed.yes"));
        return new Words(Set.copyOf(core), Set.copyOf(lexicon.foldedWords("ack.with")));
    });

    private AmbiguousAck() {
    }

    /**
     * The decision on a thanks or yes that is only an acknowledgement, said after a reply to a message that asked
     * nothing; {@code main} otherwise (a person offered or awaited, a reply to a question, thanks in words).
     */
    static Action decided(Action main, Turn turn, String text) {
        if (!(main instanceof Action.ActReply reply) || reply.act() != Act.THANKS && reply.act() != Act.YES
                || turn.state.personOffered() || turn.state.handedOver() || !bare(text, turn.lang())) {
            return main;
        }
        // a story of something that no longer holds stays a story with its question about the money ("…, so we
        // can't come on Saturday: and the deposit?"): the yes after it is no thanks either
        Optional<LastReply> last = turn.last().filter(r -> r.question() != null
                && (!asks(r.question(), turn.lang()) || ToldCancellation.tellsNoLonger(r.question(), turn.lang())));
        if (last.isEmpty()) {
            return main;
        }
        if (last.get().offeredChoices()) {
            turn.confirmed = false;
            turn.act = Optional.of(Act.YES);
            return YesToChoices.read(turn).orElse(new Action.AskWhatNext());
        }
        if (last.get().answered()) {
            turn.confirmed = false;
            return new Action.AskWhatNext();
        }
        return main;
    }

    /**
     * Whether {@code text} is only an acknowledgement or a yes in {@code language}: every word one of {@code ack.bare},
     * {@code closed.yes} or {@code ack.with}, one at least of the first two, and no question mark.
     */
    static boolean bare(String text, Locale language) {
        Words words = WORDS.get(language).orElse(null);
        if (words == null || text.indexOf('?') >= 0 || text.indexOf('\uFF1F') >= 0) {
            return false;
        }
        String folded = ActRules.folded(text).strip();
        if (folded.isEmpty()) {
            return false;
        }
        String[] said = NOT_LETTERS.split(folded);
        if (said.length > MOST_WORDS) {
            return false;
        }
        boolean core = false;
        for (String word : said) {
            if (words.core().contains(word)) {
                core = true;
            } else if (!words.with().contains(word)) {
                return false;
            }
        }
        return core;
    }

    /** Whether a message asks: a question mark, or a sentence that opens or reads as a question. */
    private static boolean asks(String message, Locale language) {
        return message.indexOf('?') >= 0 || message.indexOf('\uFF1F') >= 0 || FollowUpCue.asks(message, language)
                || CLAUSE.splitAsStream(message).anyMatch(c -> !c.isBlank() && FollowUpCue.asks(c.strip(), language));
    }
}
