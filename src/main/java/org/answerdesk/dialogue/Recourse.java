package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.FaqMatch;

/**
 * The entry an angry customer's story is most likely about, among the choices the FAQ offers for it: the one whose
 * question names what to do when something went wrong ({@code complaint.recourse} in the language's lexicon: "what
 * if", "was passiert, wenn", a guarantee, damaged, not satisfied). A customer who complains tells what happened
 * ("I paid 60 € and the town hall sent me back", "il tecnico è venuto 3 settimane fa e adesso perde di nuovo"); the
 * story's words (what was bought, when, what it cost) pull the lookup towards the entries about buying, times and
 * prices, while the entry that helps is the shop's word on that kind of trouble. Only the order of the choices
 * changes: no entry the FAQ did not offer is added, and a confident answer is never replaced.
 */
final class Recourse {

    private static final Lexicon.PerLanguage<Pattern> RECOURSE = Lexicon.perLanguage(l -> l.alternatives(
            "complaint.recourse").map(a -> l.compile("complaint.recourse", "\\b" + Lexicon.fold(a) + "\\b"))
            .orElse(null));

    private Recourse() {
    }

    /**
     * The choices with the first whose question names a recourse moved to the front; where none of them names one,
     * the first of the message's {@value Action.Clarify#SHOWN} closest entries that does leads them (the choices
     * keep at most {@value Action.Clarify#SHOWN}): the retriever offers the entries within a margin of the best, and
     * a story's words put the entry on its trouble just behind them ("the pool was shut when we got there and we had
     * paid 30 € online" finds the opening hours and the payment entries, then "what happens if the pool is
     * closed?"). As they were without one, and for a message a clause of which asks for a thing ("where is my
     * parcel??", {@link FollowUpCue#clauseOpensAsking}): it names what it wants.
     */
    static List<FaqMatch> led(List<FaqMatch> choices, List<FaqMatch> closest, String message, Locale language) {
        if (choices.isEmpty() || names(choices.get(0).question(), language)) {
            return choices;
        }
        if (FollowUpCue.clauseOpensAsking(message, language)) {
            return joined(choices, closest, language);
        }
        for (int i = 1; i < choices.size(); i++) {
            if (names(choices.get(i).question(), language)) {
                List<FaqMatch> led = new ArrayList<>(choices);
                led.add(0, led.remove(i));
                return List.copyOf(led);
            }
        }
        // only as near as the choices the retriever may offer: a lower entry is as near as any unrelated one
        for (FaqMatch near : closest.subList(0, Math.min(closest.size(), Action.Clarify.SHOWN))) {
            if (names(near.question(), language)
                    && choices.stream().noneMatch(c -> c.entryId() == near.entryId())) {
                List<FaqMatch> led = new ArrayList<>(choices);
                led.add(0, near);
                return List.copyOf(led.subList(0, Math.min(led.size(), Action.Clarify.SHOWN)));
            }
        }
        return joined(choices, closest, language);
    }

    /**
     * The choices with the first of the story's closest entries (all the lookup returns, the fourth and fifth too)
     * that is not among them and whose question names the trouble ({@link #namesTrouble}) in their last
     * place: a long story's times, sums and people put the shop's entry on that trouble fourth or fifth ("la bolsa
     * vino abierta … me cobraron una salsa que ni vino" finds delivery zones and storage before "what do I do if my
     * order arrived wrong"). It never leads: leading with it put a wrong trouble entry before a right first choice
     * about as often as it helped (angry53 in docs/dialogue.md); as the last of three it displaces the choice least
     * likely to be the story's, and no answer is given from it. As they were where a choice names a recourse already.
     */
    private static List<FaqMatch> joined(List<FaqMatch> choices, List<FaqMatch> closest, Locale language) {
        if (choices.stream().anyMatch(c -> names(c.question(), language))) {
            return choices;
        }
        for (FaqMatch near : closest) {
            if (namesTrouble(near.question(), language)
                    && choices.stream().noneMatch(c -> c.entryId() == near.entryId())) {
                List<FaqMatch> joined = new ArrayList<>(choices.subList(0, Math.min(choices.size(),
                        Action.Clarify.SHOWN - 1)));
                joined.add(near);
                return List.copyOf(joined);
            }
        }
        return choices;
    }

    /** Whether an FAQ question names what to do when something went wrong, in the conversation's language. */
    static boolean names(String question, Locale language) {
        return question != null && (RECOURSE.get(language).map(p -> p.matcher(ActRules.folded(question)).find())
                .orElse(false) || tellsACase(question, language));
    }

    /**
     * Whether an FAQ question names what to do when something went wrong by the language's words of trouble and
     * recourse ({@code complaint.recourse}: "what if", "was tun", a guarantee, damaged) rather than only by telling a
     * case: "I need a return label. How do I get one?" tells one, yet is no recourse for a story of trouble.
     */
    static boolean namesTrouble(String question, Locale language) {
        return question != null && RECOURSE.get(language).map(p -> p.matcher(ActRules.folded(question)).find())
                .orElse(false);
    }

    /**
     * Whether an FAQ question opens by telling the customer's case and then asks about it ("Mon enfant a manqué un
     * cours, peut-il le rattraper ?", "Mudei de casa, posso levar a fibra comigo?"): the shop wrote the entry for
     * someone in that situation, as it writes "what if" for one. Its first clause (up to ",", ".", ":" or ";") is a
     * statement of two words or more, and the clause after it asks by its own first words; a list ("Noleggiate
     * tavoli, sedie e stoviglie?") asks in its first clause or not at all after it.
     */
    static boolean tellsACase(String question, Locale language) {
        if (question == null) {
            return false;
        }
        String[] parts = CASE_BREAK.split(question.strip(), 2);
        if (parts.length < 2 || !question.strip().endsWith("?")) {
            return false;
        }
        String head = parts[0].strip();
        String tail = parts[1].replace("?", " ").strip();
        return FreeFormActs.words(Noise.words(head)) >= 2 && !head.contains("\u00bf")
                && !FollowUpCue.asks(head, language) && !FollowUpCue.asksIf(head, language)
                && !tail.isEmpty() && (FollowUpCue.asks(tail, language) || INVERSION.matcher(tail).lookingAt());
    }

    private static final Pattern CASE_BREAK = Pattern.compile("[,.:;]");
    /** A clause opening with a verb and its subject joined by a hyphen ("peut-il", "a-t-elle"): it asks. */
    private static final Pattern INVERSION = Pattern.compile("^\\p{L}++-\\p{L}");
}
