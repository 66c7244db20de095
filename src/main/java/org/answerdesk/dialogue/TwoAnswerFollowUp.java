package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A short follow-up of a reply that answered two questions at once belongs to the one of the two entries whose answer
 * states what it asks, never to the other by default: "en in het weekend?" after the day ticket's price and the
 * bathrobe is the day ticket's (its answer names Saturday and Sunday), "et en juin ?" after the pitch price and the
 * electricity is the pitch price's (its answer names the seasons' months). What a follow-up asks is read by the calendar,
 * no trade's words: a day, month or season it names ({@code when.calendar}, each language's calendar words) against
 * an answer that names one. Only where exactly one of the entries given fits, and the follow-up's own words are not the
 * other entry's, is the decision moved: to that entry's answer where the follow-up read with its question is confident
 * of it, else to choices that it leads. A decision for an entry the reply did not give is left as it is (a new
 * question may follow two answers).
 */
final class TwoAnswerFollowUp {

    private static final Lexicon.PerLanguage<Optional<Pattern>> CALENDAR = Lexicon.perLanguage(l -> l
            .alternatives("when.calendar").map(a -> l.compile("when.calendar", "(?<![\\p{L}\\p{N}])" + Lexicon.fold(a)
                    + "(?![\\p{L}])", Pattern.UNICODE_CASE)));

    private final Questions questions;

    TwoAnswerFollowUp(Questions questions) {
        this.questions = questions;
    }

    /** The decision for a short follow-up of a reply of two answers, moved to the entry its question fits. */
    Action check(Turn turn, Action action) {
        Optional<LastReply> last = turn.answered().filter(r -> r.question() != null && r.text() != null);
        boolean answer = action instanceof Action.FaqAnswer a && !a.picked();
        if (last.isEmpty() || !answer && !(action instanceof Action.Clarify c && !c.choices().isEmpty())
                || turn.act.isPresent() || turn.angry || !turn.before.isEmpty() || questions.llmEnabled()) {
            return action;
        }
        Locale lang = turn.lang();
        String question = turn.reading.question();
        Optional<String> shortLookup = FollowUpCue.shortLookup(question, lang);
        if (shortLookup.isEmpty()) {
            return action;
        }
        String lookup = shortLookup.get();
        String before = Acts.read(last.get().question(), lang).question();
        List<FaqMatch> given = given(before, last.get().entryId() == null ? -1 : last.get().entryId(), lang);
        long decided = answer ? ((Action.FaqAnswer) action).entry().entryId()
                : ((Action.Clarify) action).choices().get(0).entryId();
        if (given.size() < 2 || given.stream().noneMatch(g -> g.entryId() == decided)) {
            return action; // not a reply of two answers, or a decision for an entry it did not give
        }
        List<FaqMatch> fitting = given.stream().filter(g -> fits(question, g, lang)).toList();
        if (fitting.size() != 1 || fitting.get(0).entryId() == decided) {
            return action;
        }
        FaqMatch topic = fitting.get(0);
        // its own words, also those the message before said ("and the goggles on saturdays?")
        Set<String> own = java.util.Arrays.stream(Noise.words(Lexicon.fold(lookup.toLowerCase(Locale.ROOT))).split(" "))
                .filter(w -> w.length() > 3).collect(java.util.stream.Collectors.toSet());
        own.removeAll(TopicFollowUp.asks(lang));
        own.removeIf(w -> fits(w, new FaqMatch(0, "", w, 0), lang)); // the day or month asked is no thing of its own
        FaqMatch other = given.stream().filter(g -> g.entryId() == decided).findFirst().orElseThrow();
        if (FollowUps.stated(other.question() + " " + other.answer(), own) > 0) {
            return action; // "and the robe on sunday?": its own words are the other entry's
        }
        Retrieval read = questions.retrieve(topic.question() + " " + lookup, lang);
        if (read.best().filter(b -> b.entryId() == topic.entryId()).isPresent()) {
            Optional<Action> sure = questions.confident(read);
            if (sure.isPresent()) {
                return sure.get();
            }
        }
        List<FaqMatch> shown = new ArrayList<>(List.of(topic));
        if (action instanceof Action.Clarify c) {
            c.choices().stream().filter(m -> m.entryId() != topic.entryId()).forEach(shown::add);
        } else {
            shown.add(other);
        }
        shown = questions.offerable(shown.stream().limit(Action.Clarify.SHOWN).toList());
        return shown.size() < 2 ? action
                : new Action.Clarify(shown, read.confidence(), shown.get(0).entryId(), null, false);
    }

    /**
     * The entries the reply gave: the question before it in its parts (as the policy splits two questions, at a
     * question mark or at an "and" that opens a second question), each part's confident entry, one of them the entry
     * the reply ended with; none where it was one question.
     */
    private List<FaqMatch> given(String before, long lastEntry, Locale lang) {
        List<String> parts = Parts.of(before, lang);
        if (parts.size() < 2) {
            parts = Parts.joined(before, lang);
        }
        if (parts.size() < 2) {
            parts = LooseJoin.splits(before, lang).stream().findFirst().orElse(List.of(before));
        }
        List<FaqMatch> given = new ArrayList<>();
        for (String part : parts.size() < 2 ? List.<String>of() : parts) {
            String lookup = Cleanup.forLookup(part, lang);
            Retrieval found = lookup.isBlank() ? null : questions.retrieve(lookup, lang);
            if (found != null && found.confident()) {
                found.best().filter(b -> given.stream().noneMatch(g -> g.entryId() == b.entryId()))
                        .ifPresent(given::add);
            }
        }
        return given.stream().anyMatch(g -> g.entryId() == lastEntry) ? given : List.of();
    }

    /**
     * Whether the entry states what the follow-up asks: the follow-up names a day, month or season, the entry's answer
     * names one. A facet such as a price is stated by too many answers to tell two entries apart ("et faut payer quoi
     * d'avance ?" after a special order and the gift cards: both name euros).
     */
    private static boolean fits(String followUp, FaqMatch entry, Locale lang) {
        Optional<Pattern> calendar = CALENDAR.get(lang).flatMap(p -> p);
        return calendar.isPresent() && calendar.get().matcher(Lexicon.fold(followUp.toLowerCase(Locale.ROOT))).find()
                && calendar.get().matcher(Lexicon.fold(entry.answer().toLowerCase(Locale.ROOT))).find();
    }
}
