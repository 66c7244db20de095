package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.FaqMatch;

/**
 * A message after a reply that answered nothing (a miss, the offer of a person, choices): whether it asks a question of
 * its own rather than the same one again. "Never twice did-you-mean or a miss about the same question" holds per
 * question, not per conversation: after "does your stuff reach accra?" missed, "but now 2 times taka cut from my
 * account" is not the second miss of the first question. A question of its own says mostly what the question before
 * it did not: more than half of its content terms are neither in that question, nor in the bot's reply to it, nor in
 * the entries offered for it. A
 * rephrase keeps its topic's word ("do the skillets have a warranty" after "do you stand behind the skillets") and
 * is the same question; a message that repeats it is too.
 */
final class OwnQuestion {

    private OwnQuestion() {
    }

    /**
     * Whether the customer's {@code message} asks a question of its own after the bot's last reply. A statement
     * ("not filling in any form, refund me today", "aye go on") goes on with the conversation: it asks nothing new.
     */
    static boolean after(DialogueState state, String message) {
        return asks(message, state.language()) && state.lastReply().filter(l -> l.question() != null)
                .map(l -> differs(lookup(message, state.language()), l, state.language())).orElse(false);
    }

    /**
     * Whether {@code message} names a content term or concept of one of {@code choices} (question or answer): choices
     * that plausibly fit it, not the closest entries of a message about something else.
     */
    static boolean named(String message, List<FaqMatch> choices, Locale language) {
        return namedIn(lookup(message, language), choices, language);
    }

    /** {@link #named} of a message's lookup text {@code asked} (already cleaned, its acts taken out). */
    static boolean namedIn(String asked, List<FaqMatch> entries, Locale language) {
        Set<String> terms = ContentTerms.withConcepts(asked, language);
        return entries.stream().anyMatch(e -> ContentTerms.withConcepts(e.question() + " "
                + (e.answer() == null ? "" : e.answer()), language).stream().anyMatch(terms::contains));
    }

    /**
     * A question mark, a clause that asks ("the lid cracked, can i get just a lid"), or another subject opened ("weet
     * jij trouwens of ...", {@link Complaint#aside}).
     */
    private static boolean asks(String message, Locale language) {
        return message.contains("?") || java.util.Arrays.stream(message.split("[.,;:!\\n]+"))
                .anyMatch(c -> FollowUpCue.asks(c.strip(), language)) || Complaint.aside(message, language);
    }

    private static String lookup(String message, Locale language) {
        return Cleanup.forLookup(Acts.read(message, language).question(), language);
    }

    private static boolean differs(String asked, LastReply last, Locale language) {
        Set<String> before = Set.copyOf(ContentTerms.of(lookup(last.question(), language), language));
        if (before.isEmpty()) {
            return false; // nothing was asked before ("this is ridiculous"): no question to tell it from
        }
        // what the bot just said counts as said: "een foto sturen??" after an answer that asks for a photo goes on
        Set<String> offered = Set.copyOf(ContentTerms.of(String.join(" ", last.offeredQuestions()) + " "
                + (last.text() == null ? "" : last.text()), language));
        List<String> now = ContentTerms.of(asked, language);
        long own = now.stream().filter(t -> !before.contains(t) && !offered.contains(t)).count();
        return own * 2 > now.size();
    }
}
