package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The reply for the parts of a message of several questions that the FAQ is not confident of, said after the answers
 * to the confident parts ("she fit pay with momo? and she wants to write me small birthday words inside the box"):
 * "did you mean" with each unsure part's likeliest entries, each part's best first, so that no question is dropped in
 * silence or handed over while the FAQ has entries near it. A part that is not "did you mean" on its own but not far
 * either offers its closest entries where the message shows it is the shop's (another part is answered or offered
 * choices, or, on a chat, two parts are near the FAQ). Beside an answer, a part with no entry near is never said to be
 * outside what the help answers cover: a half has few words to be judged far on, and the answered half shows the
 * message is about the shop. Where such a part asks (its own "?" or asking words), it offers its closest entries as a
 * near part does ("how much to the station? and is it more at night?": the night entry is the far half's closest);
 * otherwise the bot says it is not sure and offers a person.
 */
final class UnsureParts {

    private UnsureParts() {
    }

    /**
     * @param first    the decision on the first unsure part as a question of its own
     * @param unsure   the unsure parts' lookups, in the message's order
     * @param answered the entries answered already (never offered again)
     * @param chat     whether the conversation is on a chat (a mail's miss is its ticket)
     */
    static Action decided(Action first, List<Retrieval> unsure, Set<Long> answered, boolean chat,
                          Questions questions) {
        return decided(first, unsure, answered, chat, questions, unsure.stream().map(r -> false).toList());
    }

    /**
     * As above; {@code asking} says for each unsure part whether it asks by its own words or mark: such a part, far
     * from every entry, still offers its closest entries beside an answered part.
     */
    static Action decided(Action first, List<Retrieval> unsure, Set<Long> answered, boolean chat,
                          Questions questions, List<Boolean> asking) {
        if (!(first instanceof Action.Clarify || first instanceof Action.Handoff h
                && HandoffReasons.NO_ANSWER.equals(h.reason()) || first instanceof Action.OfferPerson)) {
            return first; // the LLM's answer, a passage: the part is answered
        }
        // on a chat, two marked questions both near the FAQ are the shop's too: each offers its closest entries ("how
        // do I close my account? also I forgot my password"); a mail's two misses stay its ticket
        // one of them near is enough: "ab welchem tag ...? und schickt ihr auch tageslinsen nach hause" asks the shop
        boolean shops = !answered.isEmpty() || unsure.stream().anyMatch(Retrieval::clarify)
                || chat && unsure.size() > 1 && unsure.stream().anyMatch(r -> !r.far());
        List<List<FaqMatch>> offered = offered(unsure, shops, questions, answered.isEmpty() ? List.of() : asking,
                !answered.isEmpty());
        List<FaqMatch> choices = interleaved(offered, answered, first instanceof Action.Clarify c
                ? Math.max(c.choices().size(), Action.Clarify.SHOWN) : Action.Clarify.SHOWN);
        if (!choices.isEmpty()) {
            Action.Clarify c = first instanceof Action.Clarify f ? f : null;
            return new Action.Clarify(choices, c != null ? c.confidence() : unsure.get(0).confidence(),
                    choices.get(0).entryId(), c != null ? c.handoffReason() : null, c != null && c.again());
        }
        // each question of several has few words to be judged far on: never "not in our help answers" for them all
        boolean several = !answered.isEmpty() || chat && unsure.size() > 1;
        if (several && (first instanceof Action.OfferPerson o && o.why() == Action.OfferPerson.Why.OFF_TOPIC
                || first instanceof Action.Handoff && chat && !answered.isEmpty())) {
            return new Action.OfferPerson(Action.OfferPerson.Why.NOT_FOUND);
        }
        return first;
    }

    /**
     * Each unsure part's entries to offer, in the message's order: its "did you mean" choices, or where it is near and
     * the message is the shop's ({@code shops}), its closest {@link Action.Clarify#SHOWN}; none for a far part.
     */
    static List<List<FaqMatch>> offered(List<Retrieval> unsure, boolean shops, Questions questions) {
        return offered(unsure, shops, questions, List.of(), false);
    }

    /**
     * As above; a far part also offers its closest where {@code farAsks} (indexed as {@code unsure}, may be shorter)
     * says so: a question beside an answer, whose few words were judged far while its closest entry is, as a rule, the
     * one it asks for. {@code beside}: a part is offered beside an answered one, and a "did you mean" part offers its
     * closest {@link Action.Clarify#SHOWN}, not only the choices its ranking kept: its third entry, dropped alone for
     * a small share, is as often the one a half of few words asks for ("…70 ans, zot i fé ça ?", the gift voucher),
     * and beside an answer the half's choices are all the customer gets for it.
     */
    private static List<List<FaqMatch>> offered(List<Retrieval> unsure, boolean shops, Questions questions,
                                                List<Boolean> farAsks, boolean beside) {
        List<List<FaqMatch>> offered = new ArrayList<>();
        for (int i = 0; i < unsure.size(); i++) {
            Retrieval r = unsure.get(i);
            boolean near = !r.far() || i < farAsks.size() && farAsks.get(i);
            offered.add(r.clarify() ? questions.offerable(beside && unsure.size() == 1
                    ? r.matches().stream().limit(Action.Clarify.SHOWN).toList() : r.choices()) : shops && near
                    ? questions.offerable(r.matches()).stream().limit(Action.Clarify.SHOWN).toList() : List.of());
        }
        return offered;
    }

    /** The longest a question's words are quoted before its choices (in characters). */
    static final int QUOTED = 60;

    /**
     * The choices of a question asked beside another that was answered, headed by the question's own words, so that
     * the customer sees which of the two they are for; any other action as it is.
     */
    static Action about(Action decided, String part, Locale language) {
        if (!(decided instanceof Action.Clarify c) || c.again() || c.about() != null) {
            return decided;
        }
        String words = trimmed(asking(Parts.withoutAnd(Cleanup.withoutWrapping(part, language), language).strip(),
                language));
        if (words.isEmpty()) {
            return decided;
        }
        if (words.length() > QUOTED) {
            int cut = words.lastIndexOf(' ', QUOTED);
            words = words.substring(0, cut > 0 ? cut : QUOTED) + "…";
        }
        return new Action.Clarify(c.choices(), c.confidence(), c.closest(), c.handoffReason(), false, words);
    }

    /**
     * The part from its last clause that asks by its words ({@link Parts#asks}) to its end, where a clause before
     * it only greets or tells the case ("howzit, want to send my brother a grinder for his 40th. do you go there":
     * "do you go there"); the whole part where no later clause asks. Clauses end at ".", "!", "?", ";" or ",", and
     * each is read once, alone (a clause before the last keeps its "?"), so a long story costs one pass.
     */
    static String asking(String part, Locale language) {
        int clauseEnd = part.length();
        for (int i = part.length() - 2; i > 0; i--) {
            char c = part.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ',') && Character.isWhitespace(part.charAt(i + 1))) {
                String clause = part.substring(i + 1, clauseEnd).strip();
                if (Parts.asks(clauseEnd == part.length() ? Parts.withoutClosingMark(clause) : clause, language)) {
                    return part.substring(i + 1).strip();
                }
                clauseEnd = i + 1;
            }
        }
        return part;
    }

    /** ASCII punctuation, as {@code \p{Punct}} reads it. */
    private static final String PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    /** Whitespace, as {@code \s} reads it. */
    private static final String SPACE = " \t\n\u000B\f\r";

    /**
     * The words without punctuation or spaces at either end ("¿" and "¡" at the start, "？" at the end too), one pass
     * from each end: a regular expression anchored at the end would scan a run of "!!!" once per character of it.
     */
    static String trimmed(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && (edge(text.charAt(from)) || text.charAt(from) == '¿' || text.charAt(from) == '¡')) {
            from++;
        }
        while (to > from && (edge(text.charAt(to - 1)) || text.charAt(to - 1) == '？')) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean edge(char c) {
        return PUNCT.indexOf(c) >= 0 || SPACE.indexOf(c) >= 0;
    }

    /** Each part's first entry, then each part's second, ...: at most {@code most}, none twice, none answered. */
    static List<FaqMatch> interleaved(List<List<FaqMatch>> offered, Set<Long> answered, int most) {
        List<FaqMatch> choices = new ArrayList<>();
        Set<Long> shown = new HashSet<>(answered);
        int longest = offered.stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < longest && choices.size() < most; round++) {
            for (List<FaqMatch> part : offered) {
                if (round < part.size() && choices.size() < most && shown.add(part.get(round).entryId())) {
                    choices.add(part.get(round));
                }
            }
        }
        return choices;
    }
}
