package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A booking, an order or a visit that no longer holds, told without a word of cancelling ("I ordered the lamp last
 * week but we've moved, so we won't need it anymore", "wir hatten für Freitag reserviert, aber jetzt geht es doch
 * nicht mehr"): the shop's own entry about cancelling is the answer, the one its word for cancelling alone finds
 * ({@link CancelAlone}'s words), never a claim that anything was cancelled (the entry tells how).
 *
 * <p>The reading is of the message's shape, in each language's general words ({@code told.*} in
 * {@code dialogue/lang/<language>.tsv}), not of phrases of not coming: an arrangement the customer made or was given
 * (a past or planned booking, order, payment or visit: {@code told.arranged}), then a turn ({@code told.turn}: "but",
 * "aber", "mais") and after it a sign that it no longer holds ({@code told.gone}: "no longer", "nicht mehr", "plus",
 * "ya no", "toch", "afinal", "won't need"). A fault ({@code told.fault}: "it no longer works") is no cancellation.
 * Only where the message alone is not confident of another entry, and only where the shop's cancelling words find an
 * entry (one word confidently, or most of them first): a shop without one, or a message the FAQ reads as something
 * else, is read as before. The end of the sentence that told the arrangement turns the story as a word does.
 *
 * <p>A story with the arrangement and a turn of events but no sign that it no longer holds ("era pra eu ir amanha as
 * 10h, mas me botaram de plantao") is a cancellation only perhaps: where the message's own reading is unsure and has
 * the cancelling entry among its closest, that entry leads the choices; nothing is answered.
 */
final class ToldCancellation {

    private static final Lexicon.PerLanguage<Shape> SHAPES = Lexicon.perLanguage(Shape::of);
    private static final Lexicon.PerLanguage<Optional<Pattern>> MONEY = Lexicon.perLanguage(
            l -> Optional.ofNullable(Shape.pattern(l, "told.money")));
    private static final Lexicon.PerLanguage<Pattern> ENDS = Lexicon.perLanguage(l -> Shape.pattern(l, "told.ends"));
    /** The longest question about the money (in words) read with the cancellation told before it. */
    static final int SHORT = 10;

    private ToldCancellation() {
    }

    /** Whether the message's last clause says that something no longer holds ({@link Shape#endsGone}). */
    static boolean endsGone(String text, Locale language) {
        return reads(text, language, Shape::endsGone);
    }

    /** The shop's cancelling entry's id, where its words for cancelling find one. */
    static Optional<Long> cancellingEntry(Questions questions, Locale language) {
        return cancellingMatch(questions, language).map(FaqMatch::entryId);
    }

    /** The shop's cancelling entry, where its words for cancelling find one. */
    static Optional<FaqMatch> cancellingMatch(Questions questions, Locale language) {
        return cancelling(questions, language).map(Found::entry);
    }

    /**
     * Whether an entry's answer tells how something is ended ({@code told.ends}: "se résilie par écrit", "kündbar
     * mit 1 Monat Frist"): an entry of the thing the customer named that holds its own ending.
     */
    static boolean answerEnds(FaqMatch entry, Locale language) {
        return entry.answer() != null && ENDS.get(language).map(p -> p.matcher(Lexicon.fold(entry.answer().toLowerCase(Locale.ROOT))).find()).orElse(false);
    }

    /**
     * Whether the message tells that something no longer holds: an arrangement told ({@link #tells}) or a sign of no
     * longer after the story's first turn ({@link Shape#withdraws}).
     */
    static boolean tellsNoLonger(String text, Locale language) {
        return reads(text, language, (s, f) -> s.tells(f) || s.withdraws(f));
    }

    /** Whether an entry's question or answer tells how something is ended ({@code told.ends}). */
    private static boolean ends(FaqMatch entry, Locale language) {
        return answerEnds(entry, language) || entry.question() != null && ENDS.get(language)
                .map(p -> p.matcher(Lexicon.fold(entry.question().toLowerCase(Locale.ROOT))).find()).orElse(false);
    }

    /** Whether the message tells an arrangement that no longer holds, in the language's words. */
    static boolean tells(String text, Locale language) {
        return reads(text, language, Shape::tells);
    }

    /** One of the language's shape readings on the message, lower-cased and folded; false without a shape. */
    private static boolean reads(String text, Locale language, BiPredicate<Shape, String> reading) {
        return SHAPES.get(language).map(s -> reading.test(s, Lexicon.fold(text.toLowerCase(Locale.ROOT))))
                .orElse(false);
    }

    /**
     * The answer of the shop's cancelling entry where the message tells a cancellation and the FAQ does not read it
     * confidently as something else; else empty.
     *
     * @param story the message as typed, whose shape is read: its sign of no longer is often a clause the act reading
     *     takes off the question ("..., so no need now", "quindi non serve più")
     * @param text the message's question, which is looked up
     * @param own the message's own retrieval, already made, or null
     */
    static Optional<Action> read(Questions questions, String story, String text, Locale language, Retrieval own) {
        // the text folded once for both readings: this runs on every message
        String folded = Lexicon.fold(story.toLowerCase(Locale.ROOT));
        Optional<Shape> shape = SHAPES.get(language);
        boolean tells = shape.map(s -> s.tells(folded)).orElse(false);
        boolean withdraws = !tells && shape.map(s -> s.withdraws(folded)).orElse(false);
        if (!tells && !withdraws && !shape.map(s -> s.hints(folded) || s.endsGone(folded)).orElse(false)) {
            return Optional.empty();
        }
        Optional<Found> cancelling = cancelling(questions, language);
        if (cancelling.isEmpty()) {
            return Optional.empty();
        }
        FaqMatch entry = cancelling.get().entry();
        Retrieval asked = lookedUp(questions, text, language, own);
        if (asked.confident() && !tells) {
            // a story only hinting at a cancellation leaves a confident reading, even of the cancelling entry, alone
            return Optional.empty();
        }
        if (asked.confident() && asked.best().filter(b -> b.entryId() != entry.entryId()).isPresent()) {
            // the thing ordered is what the words name ("the bridge for the wooden railway": the spare-parts entry);
            // where the cancelling entry is among the closest too, both are shown, it first; nothing is answered
            return alsoNamed(questions, asked, entry);
        }
        if (withdraws && asked.matches().stream().limit(Action.Clarify.SHOWN)
                .anyMatch(m -> m.entryId() != entry.entryId() && ends(m, language))) {
            // the message's own closest already hold a way of ending its thing (the subscription, where the words
            // for cancelling found the course's entry): those choices stand
            return Optional.empty();
        }
        List<FaqMatch> related = new ArrayList<>();
        boolean near = false;
        boolean shown = false;
        for (FaqMatch m : asked.matches()) {
            near |= m.entryId() == entry.entryId();
            shown |= near && related.size() < Action.Clarify.SHOWN;
            if (m.entryId() != entry.entryId()) {
                related.add(m);
            }
        }
        if (!tells && !shown && !withdraws) {
            // a story with a turn of events only lifts the cancelling entry among the message's own closest ones
            return Optional.empty();
        }
        Action.FaqAnswer answer = new Action.FaqAnswer(entry, cancelling.get().confidence(),
                questions.offerable(related), null, false);
        if (!tells) {
            return Optional.of(answer.asChoices());
        }
        // found by the words' agreement alone and not near the message either: first among choices, not said
        return Optional.of(cancelling.get().sure() || near ? answer : answer.asChoices());
    }

    /** Choices of the cancelling entry, then the others among the message's closest, where it is one of them. */
    private static Optional<Action> alsoNamed(Questions questions, Retrieval asked, FaqMatch entry) {
        List<FaqMatch> closest = asked.matches().stream().limit(Action.Clarify.SHOWN).toList();
        if (closest.stream().noneMatch(m -> m.entryId() == entry.entryId())) {
            return Optional.empty();
        }
        List<FaqMatch> others = asked.matches().stream().filter(m -> m.entryId() != entry.entryId()).toList();
        return Optional.of(new Action.FaqAnswer(entry, asked.confidence(), questions.offerable(others), null, false)
                .asChoices());
    }

    /**
     * A short question about the money paid ("and the deposit, do I lose it?", {@code told.money}) within two of the
     * customer's messages after one that told a cancellation: the shop's cancelling entry again, which says what
     * happens to it, where the message's own words would find the payment entry or nothing.
     */
    static Optional<Action> moneyAfter(Questions questions, Turn turn, String text, Retrieval own) {
        Locale language = turn.lang();
        String folded = Lexicon.fold(text.toLowerCase(Locale.ROOT));
        Optional<Pattern> money = MONEY.get(language).flatMap(o -> o);
        if (money.isEmpty() || Noise.words(folded).strip().split("\\s+").length > SHORT
                || !money.get().matcher(folded).find()) {
            return Optional.empty();
        }
        List<HistoryTurn> said = turn.state.history().stream().filter(HistoryTurn::fromCustomer).toList();
        boolean told = said.subList(Math.max(0, said.size() - 2), said.size()).stream()
                .anyMatch(h -> tells(h.text(), language));
        if (!told) {
            return Optional.empty();
        }
        return cancelling(questions, language).flatMap(found -> {
            Retrieval asked = lookedUp(questions, text, language, own);
            // the shop's own entry on the money ("Quand suis-je remboursé ?") among the closest: its reading stands
            long id = found.entry().entryId();
            if (asked.matches().stream().limit(Action.Clarify.SHOWN).anyMatch(m -> m.entryId() != id
                    && m.question() != null
                    && money.get().matcher(Lexicon.fold(m.question().toLowerCase(Locale.ROOT))).find())) {
                return Optional.empty();
            }
            List<FaqMatch> related = asked.matches().stream().filter(m -> m.entryId() != found.entry().entryId())
                    .toList();
            return Optional.of(new Action.FaqAnswer(found.entry(), found.confidence(), questions.offerable(related),
                    null, false));
        });
    }

    /** The message's own retrieval: the one already made, else its lookup. */
    private static Retrieval lookedUp(Questions questions, String text, Locale language, Retrieval own) {
        return own != null ? own : questions.retrieve(Cleanup.forLookup(text, language), language);
    }

    /**
     * The shop's cancelling entry: what the first of the language's words for cancelling that the FAQ reads
     * confidently finds (sure); else the entry most of the words find first (a shop whose other entries also speak
     * of cancelling, "cancelled for bad weather"); else none.
     */
    private static Optional<Found> cancelling(Questions questions, Locale language) {
        List<String> words = Lexicon.of(language).map(l -> l.foldedWords("cancel.alone")).orElse(List.of());
        Map<Long, Integer> firsts = new HashMap<>();
        Map<Long, Found> found = new HashMap<>();
        for (String word : words) {
            Retrieval r = questions.retrieve(Cleanup.forLookup(word, language), language);
            if (r.best().isEmpty()) {
                continue;
            }
            FaqMatch best = r.best().get();
            if (r.confident()) {
                return Optional.of(new Found(best, r.confidence(), true));
            }
            firsts.merge(best.entryId(), 1, Integer::sum);
            found.merge(best.entryId(), new Found(best, r.confidence(), false),
                    (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return firsts.entrySet().stream().filter(e -> e.getValue() >= 2 && 2 * e.getValue() > words.size())
                .map(e -> found.get(e.getKey())).findFirst();
    }

    private record Found(FaqMatch entry, double confidence, boolean sure) {
    }

    /** The end of a sentence, which turns a story as a word of turning does. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!;](?=\\s)");
    /** The end of a clause: a comma too; not a number's full stop ("ab 20. juli" is a date). */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:!]|(?<!\\d)\\.(?=\\s)");
    /** The end of a clause or of a question. */
    private static final Pattern CLAUSE_OR_QUESTION = Pattern.compile("[,;:!?]|(?<!\\d)\\.(?=\\s|$)");
    /** The fewest words after the turn that tell a reason. */
    private static final int REASON = 3;

    /** A language's four patterns; without any of the first three, nothing is read. */
    private record Shape(Pattern arranged, Pattern turn, Pattern gone, Pattern fault) {

        static Shape of(Lexicon lexicon) {
            return new Shape(pattern(lexicon, "told.arranged"), pattern(lexicon, "told.turn"),
                    pattern(lexicon, "told.gone"), pattern(lexicon, "told.fault"));
        }

        static Pattern pattern(Lexicon lexicon, String key) {
            return lexicon.alternatives(key).map(a -> lexicon.compile(key, "(?<![\\p{L}\\p{N}])"
                    + Lexicon.fold(a) + "(?![\\p{L}\\p{N}])")).orElse(null);
        }

        /**
         * Arranged, then a turn after it (a word, or the end of the sentence that told the arrangement), then a sign
         * of no longer at or after the turn; no fault anywhere.
         */
        boolean tells(String folded) {
            if (arranged == null || turn == null || gone == null) {
                return false;
            }
            Matcher a = arranged.matcher(folded);
            if (!a.find()) {
                return false;
            }
            Matcher t = turn.matcher(folded);
            Matcher end = SENTENCE_END.matcher(folded);
            int from = Math.min(t.find(a.end()) ? t.start() : Integer.MAX_VALUE,
                    end.find(a.end()) ? end.start() : Integer.MAX_VALUE);
            if (from == Integer.MAX_VALUE) {
                return false;
            }
            return gone.matcher(folded).find(from) && (fault == null || !fault.matcher(folded).find());
        }

        /**
         * A story whose last clause says it no longer holds ("mein sohn ist fuer das lager angemeldet, jetzt hat er
         * sich das bein gebrochen und kann da nicht hin", "a partir de janeiro os guris nao vao mais"), the thing
         * arranged told in words of its own: a clause or a turn before the sign, the sign in the last clause; no
         * fault and no question anywhere. Read as a hint: the cancelling entry leads the message's own choices.
         */
        boolean endsGone(String folded) {
            if (turn == null || gone == null || folded.indexOf('?') >= 0
                    || fault != null && fault.matcher(folded).find()) {
                return false;
            }
            Matcher clause = CLAUSE_END.matcher(folded);
            int last = -1;
            while (clause.find()) {
                if (clause.end() < folded.strip().length()) {
                    last = clause.end();
                }
            }
            Matcher t = turn.matcher(folded);
            int from = Math.max(last, t.find() ? t.start() : -1);
            return from > 0 && gone.matcher(folded).find(from);
        }

        /**
         * A sign that something no longer holds after the story's first turn (a word, or the end of a clause), the
         * thing told in words of its own ("wir sind am samstag zu viert angemeldet, aber zu dritt mag keiner mehr",
         * "torceu o pé, amanhã não vamos conseguir ir, e o sinal?"); no fault and no exclamation anywhere. A question
         * may follow in a clause of its own (the money paid; "il ne peut plus venir le mardi?" asks, it tells
         * nothing): read as a hint that leads the choices with the cancelling entry, never as its answer.
         */
        boolean withdraws(String folded) {
            // an exclamation is a complaint's tone ("das ist doch nicht zu fassen!"), not a withdrawal's
            if (turn == null || gone == null || folded.indexOf('!') >= 0
                    || fault != null && fault.matcher(folded).find()) {
                return false;
            }
            Matcher t = turn.matcher(folded);
            Matcher clause = CLAUSE_END.matcher(folded);
            int from = Math.min(t.find() && t.start() > 0 ? t.start() : Integer.MAX_VALUE,
                    clause.find() ? clause.end() : Integer.MAX_VALUE);
            if (from == Integer.MAX_VALUE) {
                return false;
            }
            // a sign that is also a word of turning ("toch", "afinal", "finalement") says too little alone; one after
            // the message's first question explains that question ("how do I reset my password? I can't get in
            // anymore"), it withdraws nothing
            int question = folded.indexOf('?');
            Matcher g = gone.matcher(folded);
            for (int at = from; at < folded.length() && g.find(at); at = Math.max(g.end(), at + 1)) {
                if (question >= 0 && g.start() > question) {
                    break;
                }
                if (!turn.matcher(g.group()).matches() && !asked(folded, g.end())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the clause going on at {@code from} ends in a question mark: the sign is asked about, not told. */
        private static boolean asked(String folded, int from) {
            Matcher end = CLAUSE_OR_QUESTION.matcher(folded);
            return end.find(from) && end.group().equals("?");
        }

        /** Arranged, then a turn word after it and words after the turn; no fault and no question anywhere. */
        boolean hints(String folded) {
            if (arranged == null || turn == null || folded.indexOf('?') >= 0) {
                return false;
            }
            Matcher a = arranged.matcher(folded);
            if (!a.find()) {
                return false;
            }
            Matcher t = turn.matcher(folded);
            if (!t.find(a.end()) || folded.substring(t.end()).strip().split("\\s+").length < REASON) {
                return false;
            }
            return fault == null || !fault.matcher(folded).find();
        }
    }
}
