package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bot's offer of a person taken up in the customer's own words, read by the conversation's state rather than by a
 * region's phrasing: right after the offer (no answer since), a message that asks nothing, refuses nothing and names
 * a person, reaching one or calling ({@link PersonRequest#namesAPerson}, in any spelling one typo from a listed word)
 * takes it: "boah, jetz holt mir ens einer ans telefon", "mets-moi quelqu'un au bout du fil", "passame 'na persona".
 * A question of what the bot is ("is this a real person or a robot", no mark) names a person and takes nothing.
 * Before an offer the same words stay what the request rules make of them. So does a message of at most
 * {@value #GO_WORDS} words that say yes, go ahead or acknowledge, one at least of going ahead ({@code offer.go},
 * {@code closed.yes}; {@code offer.ok}, {@code person.yes}): "venga vale", "ok then", "go on", "va bene dai",
 * "vooruit dan" say the yes that the offer asked for.
 */
final class OfferTaken {

    /** Past this many words a message that names a person is about something else. */
    static final int MOST_WORDS = 12;

    private static final Pattern WORD = Pattern.compile("[^\\p{L}]++");
    private static final Lexicon.PerLanguage<List<String>> NOT = Lexicon.perLanguage(l -> {
        List<String> not = new ArrayList<>(l.foldedWords("act.not"));
        not.addAll(l.foldedWords("closed.no"));
        return List.copyOf(not);
    });

    /** Past this many words a message of yes words says more than yes ("ok then, but first ..."). */
    static final int GO_WORDS = 4;

    /** Words that say yes or go ahead ({@code offer.go}, {@code closed.yes}: "venga", "dale", "then", "yes"). */
    private static final Lexicon.PerLanguage<Set<String>> GO = Lexicon.perLanguage(l -> {
        Set<String> go = new HashSet<>(l.foldedWords("offer.go"));
        go.addAll(l.foldedWords("closed.yes"));
        return Set.copyOf(go);
    });
    /** Acknowledgements that go with them ({@code offer.ok}, one-word {@code person.yes}: "ok", "fine", "ta bem"). */
    private static final Lexicon.PerLanguage<Set<String>> OK = Lexicon.perLanguage(l -> {
        Set<String> ok = new HashSet<>(l.foldedWords("offer.ok"));
        // the one-word yeses of person.yes ("vale", "gerne"), not the words of its phrases ("si grazie")
        l.alternatives("person.yes").ifPresent(a -> Arrays.stream(Lexicon.fold(a).replaceAll("[()?:]", "")
                .split("\\|")).filter(y -> y.matches("\\p{L}+")).forEach(ok::add));
        return Set.copyOf(ok);
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
        if (words.length > MOST_WORDS || Arrays.stream(words).anyMatch(not::contains)) {
            return false; // "nein, kein Mensch nötig", "no need for a person"
        }
        if (PersonRequest.asksWhatTheBotIs(text, language)) {
            return false; // "hang on is this a real person typing or a robot": asked without its mark, no yes
        }
        return PersonRequest.namesAPerson(text, language) || goesAhead(words, language);
    }

    /**
     * Only words of yes, of going ahead and of acknowledging, few of them, one at least of going ahead ("venga vale",
     * "alright do it"): "ok ta bem" alone acknowledges.
     */
    private static boolean goesAhead(String[] words, Locale language) {
        Set<String> go = GO.get(language).orElse(Set.of());
        Set<String> ok = OK.get(language).orElse(Set.of());
        return words.length <= GO_WORDS && Arrays.stream(words).anyMatch(go::contains)
                && Arrays.stream(words).allMatch(w -> go.contains(w) || ok.contains(w));
    }
}
