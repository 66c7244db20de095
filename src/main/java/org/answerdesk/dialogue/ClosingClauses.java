package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.Retrieval;

/**
 * The last turn of a conversation said in clauses (issue 61 / 62 item 3; docs/dialogue.md, "closing53"): a thanks or
 * goodbye in a clause of its own, beside regional words the bot does not know or a statement that asks nothing ("…,
 * dat wist ik net. tige tank, oant moarn"), where {@link Acts} stops peeling wrappers at the first clause it cannot
 * read. In a conversation under way, a message of which a clause is a clean thanks or goodbye ({@link Acts#read} on the
 * clause alone) and whose other clauses ask nothing is that act: no question mark, no digit, no clause that asks by
 * its language's question words ({@link FollowUpCue}), no word of a problem ({@code closing.not}, {@code act.not}) or
 * a need or wish ({@code pushback.need}, {@code person.want}), at most {@value #MOST_WORDS} words besides the act,
 * and the FAQ not sure of what they say (a confident lookup keeps the message a question; a word of the FAQ's nearest
 * entries too, in a bare topic of at most {@value #TOPIC_WORDS} words or after choices: "password, thanks" asks, and
 * after choices the customer may pick one). A short exclamation that opens with a question word
 * ("qué nota", "che figata") asks nothing when the FAQ knows none of its words.
 */
final class ClosingClauses {

    /** The most words besides the thanks or goodbye: a longer statement may tell a new problem. */
    static final int MOST_WORDS = 12;
    /** The most words of a bare topic beside the thanks ("password, thanks"): kept a question if the FAQ knows one. */
    static final int TOPIC_WORDS = 3;
    /** The most words of an exclamation that opens with a question word ("qué nota", "wat mooi"). */
    static final int EXCLAMATION_WORDS = 2;

    private static final Pattern ASKS_OR_NUMBER = Pattern.compile("[?\\uFF1F\\p{N}]");
    private static final Pattern CLAUSE = Pattern.compile("[^.!,;:\\n]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<Act> POLITE = EnumSet.of(Act.THANKS, Act.BYE);
    /** Acts a clause beside the thanks may be ("ok", "hi"): no others ("that didn't help", "a person please"). */
    private static final Set<Act> BESIDE = EnumSet.of(Act.THANKS, Act.BYE, Act.YES, Act.GREETING);

    private record Words(List<String> not, List<String> polite) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(lexicon -> {
        List<String> not = new ArrayList<>();
        for (String key : List.of("closing.not", "act.not", "pushback.need", "person.want")) {
            not.addAll(lexicon.foldedWords(key));
        }
        List<String> polite = new ArrayList<>();
        for (String key : List.of("closing.thanks", "closing.bye", "closed.bye")) {
            polite.addAll(lexicon.foldedWords(key));
        }
        return new Words(List.copyOf(not), List.copyOf(polite));
    });

    private ClosingClauses() {
    }

    /** The message read as the closing act, or {@code reading} as it was. {@code faq} looks words up. */
    static Acts.Reading reread(Acts.Reading reading, String text, DialogueState state,
                               Function<String, Retrieval> faq) {
        if (reading.onlyAct() || state.lastReply().isEmpty()) {
            return reading;
        }
        return closing(text, state, faq).map(act -> new Acts.Reading(Optional.of(act), "")).orElse(reading);
    }

    private static Optional<Act> closing(String text, DialogueState state, Function<String, Retrieval> faq) {
        Locale language = state.language();
        Words words = WORDS.get(language).orElse(null);
        if (words == null || ASKS_OR_NUMBER.matcher(text).find()) {
            return Optional.empty();
        }
        if (!saysIt(text, language, words)) {
            // read on most messages after a reply: no word of thanks or goodbye, no closing, before any clause's acts
            return Optional.empty();
        }
        List<Act> acts = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        var clauses = CLAUSE.matcher(text);
        while (clauses.find()) {
            String clause = clauses.group().strip();
            if (clause.isEmpty()) {
                continue;
            }
            Acts.Reading read = Acts.read(clause, language);
            if (read.onlyAct()) {
                if (!BESIDE.contains(read.act().get())) {
                    return Optional.empty();
                }
                // "fine", "ok" read as thanks acknowledge ("aye, fine"): a word of thanks or goodbye says it (the
                // clause alone was read as the act knowing the phrases: "valeu, falou" has "falou" alone)
                Act act = read.act().get();
                acts.add(POLITE.contains(act) && !saysAny(clause, words) ? Act.YES : act);
            } else if (read.act().isPresent() || !quiet(clause, language, words, faq)) {
                return Optional.empty(); // "thanks, but where is it": no clean clause, or one that asks
            } else {
                rest.add(clause);
            }
        }
        String said = String.join(" ", rest);
        if (rest.isEmpty() || acts.stream().noneMatch(POLITE::contains) || words(said) > MOST_WORDS) {
            return Optional.empty(); // a message of acts only is read by Acts; a long story may tell a problem
        }
        String lookup = Cleanup.forLookup(said, language);
        if (!lookup.isBlank() && faq.apply(lookup).confident()
                || (words(said) <= TOPIC_WORDS || ChoicesShowing.showing(state).isPresent())
                && FaqKnownWords.anyKnown(List.of(ActRules.folded(said).split(" ")), lookup, language, faq)) {
            return Optional.empty(); // the FAQ is sure of it, names it ("password, thanks"), or it may pick a choice
        }
        return Optional.of(acts.contains(Act.THANKS) ? Act.THANKS : Act.BYE);
    }

    /**
     * Whether the text has a word of thanks or goodbye ({@code closing.thanks}, {@code closing.bye}), a word of leave
     * or thanks
     * only in a phrase counting in one ({@link LeaveWords}: "y luego qué", "i'd appreciate a refund" have none).
     */
    private static boolean saysIt(String text, Locale language, Words words) {
        return LeaveWords.of(text, language).any(0, w -> Spellings.anyNear(words.polite(), w));
    }

    /** Whether the clause has any word of thanks or goodbye, phrase or not (read alone, it was read as the act). */
    private static boolean saysAny(String clause, Words words) {
        return Arrays.stream(ActRules.folded(clause).split(" ")).anyMatch(w -> Spellings.anyNear(words.polite(), w));
    }

    /**
     * Whether a clause that is no act asks nothing and names no problem, need or wish, nor ends on a yes or no ("it
     * goes to her card yes": a question asked for confirmation).
     */
    private static boolean quiet(String clause, Locale language, Words words, Function<String, Retrieval> faq) {
        String[] folded = ActRules.folded(clause).split(" ");
        for (String word : folded) {
            if (Spellings.listed(words.not(), word)) {
                return false;
            }
        }
        if (folded.length > 1 && ActRules.closed(folded[folded.length - 1], language)
                .filter(a -> a == Act.YES || a == Act.NO).isPresent()) {
            return false;
        }
        if (!FollowUpCue.asks(clause, language) && !FollowUpCue.asksIf(clause, language)) {
            return true;
        }
        // "qué nota", "che figata": a short exclamation, when the FAQ knows none of its words
        return folded.length <= EXCLAMATION_WORDS && folded.length > 1 && !FaqKnownWords.anyKnown(
                List.of(folded).subList(1, folded.length), Cleanup.forLookup(clause, language), language, faq);
    }

    private static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : SPACES.split(s).length;
    }
}
