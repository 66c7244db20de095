package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bot's offer of a person taken up in the customer's own words, read by the conversation's state rather than by a
 * region's phrasing: right after the offer (no answer since), a message that asks nothing, refuses nothing and names
 * a person, reaching one or calling ({@link PersonRequest#namesAPerson}, in any spelling one typo from a listed word)
 * takes it: "boah, jetz holt mir ens einer ans telefon", "mets-moi quelqu'un au bout du fil", "passame 'na persona".
 * Before an offer the same words stay what the request rules make of them.
 */
final class OfferTaken {

    /** Past this many words a message that names a person is about something else. */
    static final int MOST_WORDS = 12;

    private static final Pattern WORD = Pattern.compile("[^\\p{L}]++");
    private static final Lexicon.PerLanguage<List<String>> NOT = Lexicon.perLanguage(l -> {
        List<String> not = new java.util.ArrayList<>(l.foldedWords("act.not"));
        not.addAll(l.foldedWords("closed.no"));
        return List.copyOf(not);
    });

    private OfferTaken() {
    }

    /** Whether {@code text}, in a conversation whose bot just offered a person, takes the offer. */
    static boolean takes(DialogueState state, String text) {
        Locale language = state.language();
        if (!state.personOffered() || state.handedOver() || text.contains("?")
                || FollowUpCue.asks(text, language)) {
            return false;
        }
        String[] words = WORD.split(ActRules.folded(text).strip());
        List<String> not = NOT.get(language).orElse(List.of());
        if (words.length > MOST_WORDS || java.util.Arrays.stream(words).anyMatch(not::contains)) {
            return false; // "nein, kein Mensch nötig", "no need for a person"
        }
        return PersonRequest.namesAPerson(text, language);
    }
}
