package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A push-back that carries a new question ("non ho chiesto questo, voglio sapere se posso andarci con mio marito",
 * "that's not it, can i pay in instalments"), right after the bot's answer, choices or miss: the FAQ is asked the
 * question without the push-back, whose words are the customer's view of the last reply and name no topic. A
 * confident answer to the whole message stands only where the question alone is answered confidently (then by its
 * own entry); otherwise, unless the question alone names the entry, the bot says sorry and asks what is missing, with
 * a person ({@link Action.OfferPerson.Why#REJECTED}), never an entry the push-back's words found; so too where the
 * question is said of what came before and only its own words find the entry ({@link RestatedQuestion}). Read by
 * structure: a first clause that complains (negates, objects or says "the same again", {@link PushBack#complains}),
 * asks nothing and names nothing but the push-back, then clauses that ask.
 */
final class PushBackQuestion {

    /** The most words of a push-back clause that only judges the reply ("that's not what i asked"). */
    static final int PUSH_BACK_WORDS = 6;
    /** The most words of a first clause that says what was asked ({@link AskedBefore#says}): "no mate, that's not what i asked". */
    static final int SAYS_ASKED_WORDS = 10;
    /** More characters than an "About …:" heading beside an answer: another answer. */
    private static final int BESIDE = 80;
    /** Shorter terms ("da", "nit") are a dialect's small words, not things named. */
    private static final int MIN_LETTERS = 3;
    private static final Pattern CLAUSE = Pattern.compile("[,.;:!?\\n]+");
    /** Where the first sentence ends: a full stop, "!" or ";" and a space, or a line's end (never a "?": it asks). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![.!;])[.!;]++\\s|\\n");

    private PushBackQuestion() {
    }

    /** {@code main} for a typed {@code text} of a conversation not waiting for a person. */
    static Action decided(Action main, DialogueState state, String text, Questions questions) {
        boolean answered = main instanceof Action.FaqAnswer a && !a.picked() && a.chosenBy() == null;
        // choices for the whole message only: choices for one half beside another half's answer are that half's
        boolean unsure = main instanceof Action.Clarify c && c.about() == null;
        // no entry near the whole message, whose push-back words drown the question
        boolean missed = main instanceof Action.Handoff h && HandoffReasons.NO_ANSWER.equals(h.reason());
        if (!answered && !unsure && !missed || state.handedOver() || state.lastReply().isEmpty()) {
            return main;
        }
        Locale language = state.language();
        Optional<String[]> sentence = firstSentence(text, language);
        Optional<String[]> split = sentence.or(() -> firstClause(text, language));
        if (split.isEmpty()) {
            return main;
        }
        String rest = split.get()[1];
        Long rejected = state.lastReply().filter(LastReply::answered).map(LastReply::entryId).orElse(null);
        String asked = Cleanup.forLookup(rest, language);
        Retrieval alone = questions.retrieve(asked, language);
        if (answered && !(sentence.isPresent() && confidentOf(alone, ((Action.FaqAnswer) main).entry().entryId()))
                && !confidentOf(questions.retrieve(Cleanup.forLookup(text, language), language),
                        ((Action.FaqAnswer) main).entry().entryId())) {
            // an answer read with the conversation ("nee dat nit. ... habt ihr wat fuer den?" after the food
            // question) was found neither by the question alone nor by the message: it stands
            return main;
        }
        Optional<Action> own = questions.confident(alone);
        if (own.isPresent()) {
            // "ik wil weten of dat al bij de prijs van het buffet zit": said of what came before, the entry of its
            // words alone stands only where the reading with the message before finds it too; never the entry
            // pushed back on
            Action.FaqAnswer entry = (Action.FaqAnswer) own.get();
            // after a push-back sentence, the entry the whole message was answered with and the question alone
            // agree on stands; after a quick "not that, ..." the reading with the message before decides, as before
            boolean agreed = sentence.isPresent() && answered
                    && ((Action.FaqAnswer) main).entry().entryId() == entry.entry().entryId();
            // pushed back on in a sentence of its own: the apology before the answer and a person after it; a
            // quick "not that, ..." before the question gets the answer alone
            return !agreed && RestatedQuestion.unconfirmed(entry, state, rest, questions)
                    || Long.valueOf(entry.entry().entryId()).equals(rejected) ? rejected()
                    : sentence.isPresent() ? new Action.OfferPerson(Action.OfferPerson.Why.REJECTED, entry) : entry;
        }
        // the question alone names the whole's entry ("vcs mexem com moto?": the motorbike entry): it stands
        if (answered && OwnQuestion.namedIn(asked, List.of(((Action.FaqAnswer) main).entry()), language)) {
            return main;
        }
        // unsure of the question alone: its own choices after the apology (never an entry pushed back on, never
        // the choices the push-back's words found); none: what is missing, and a person
        List<FaqMatch> choices = alone.clarify() ? givenLast(questions.offerable(alone.choices()).stream()
                .filter(m -> !Long.valueOf(m.entryId()).equals(rejected) || givenBeside(state, m)).toList(), state)
                : List.of();
        if (choices.isEmpty() && missed && !state.chat()) {
            return main; // by mail, a miss goes to the team as before
        }
        return choices.isEmpty() ? rejected()
                : new Action.OfferPerson(Action.OfferPerson.Why.REJECTED, null, choices);
    }

    /**
     * The push-back said in the first clause ("nope, can i pay by card?"): that clause and the clauses after it, where
     * it is short, asks nothing, complains and names nothing, and the rest asks; else empty.
     */
    private static Optional<String[]> firstClause(String text, Locale language) {
        String[] clauses = CLAUSE.splitAsStream(text).map(String::strip).filter(c -> !c.isEmpty())
                .toArray(String[]::new);
        if (clauses.length < 2) {
            return Optional.empty();
        }
        int words = clauses[0].split("\\s+").length;
        String rest = String.join(", ", Arrays.copyOfRange(clauses, 1, clauses.length));
        if (words <= SAYS_ASKED_WORDS && AskedBefore.says(clauses[0], language) && !FollowUpCue.asks(clauses[0],
                language) && (text.contains("?") || FollowUpCue.asks(rest, language))) {
            // "no man, that is not what i was asking, ... how much is it to fit them?": said what was asked, in as
            // many words as it takes, then asked again
            return Optional.of(new String[] {clauses[0], rest});
        }
        if (words > PUSH_BACK_WORDS) {
            return Optional.empty();
        }
        return judgesTheReply(clauses[0], text, rest, false, language) ? Optional.of(new String[] {clauses[0], rest})
                : Optional.empty();
    }

    /**
     * The push-back said in a sentence of its own before the question ("This is not the answer to what I asked. I
     * need it on the 14th, can you do that?", "nee, daar gaat het me niet om. en kan ..."): the first sentence, where
     * it asks nothing, complains and names nothing, and the sentences after it ask; else empty. Its length is not
     * counted: what it may hold is bounded by the names it may not have.
     */
    private static Optional<String[]> firstSentence(String text, Locale language) {
        Matcher end = SENTENCE_END.matcher(text);
        if (!end.find()) {
            return Optional.empty();
        }
        String first = text.substring(0, end.start()).strip();
        String rest = text.substring(end.end()).strip();
        if (rest.isEmpty() || CLAUSE.splitAsStream(first).anyMatch(c -> FollowUpCue.asks(c.strip(), language))) {
            return Optional.empty();
        }
        return judgesTheReply(first, text, rest, true, language) ? Optional.of(new String[] {first, rest})
                : Optional.empty();
    }

    /**
     * The push-back said first, in a sentence or a short clause of its own that only judges the last reply ("that's
     * no good to me.", "non mi basta,"), and the words after it, whatever they say; else empty.
     */
    static Optional<String[]> opener(String text, Locale language) {
        Matcher end = SENTENCE_END.matcher(text);
        if (end.find()) {
            String first = text.substring(0, end.start()).strip();
            String rest = text.substring(end.end()).strip();
            if (!rest.isEmpty() && onlyJudges(first, language)
                    && CLAUSE.splitAsStream(first).noneMatch(c -> FollowUpCue.asks(c.strip(), language))) {
                return Optional.of(new String[] {first, rest});
            }
        }
        String[] clauses = CLAUSE.splitAsStream(text).map(String::strip).filter(c -> !c.isEmpty())
                .toArray(String[]::new);
        if (clauses.length < 2 || clauses[0].split("\\s+").length > PUSH_BACK_WORDS
                || !onlyJudges(clauses[0], language)) {
            return Optional.empty();
        }
        return Optional.of(new String[] {clauses[0], String.join(", ", Arrays.copyOfRange(clauses, 1,
                clauses.length))});
    }

    /** Whether {@code pushBack} asks nothing, complains and names nothing: it only judges the last reply. */
    private static boolean onlyJudges(String pushBack, Locale language) {
        return !FollowUpCue.asks(pushBack, language) && PushBack.complains(pushBack, language)
                && !namesSomething(pushBack, language);
    }

    /**
     * Whether {@code pushBack} only judges the last reply and {@code rest} asks, or, after a push-back said in a
     * sentence of its own ({@code sentence}), tells a need that names things.
     */
    private static boolean judgesTheReply(String pushBack, String text, String rest, boolean sentence,
                                          Locale language) {
        if (FollowUpCue.asks(pushBack, language) || !PushBack.complains(pushBack, language)) {
            return false;
        }
        if (!FollowUpCue.asks(rest, language) && !text.contains("?")
                && !(sentence && namesSomething(rest, language))) {
            // "that's no good to me. i need it at my door tonight": a need told after a push-back sentence is what is
            // missing, as a question is; after a quick "no, not that, ..." it tells the case, read as before
            return false;
        }
        // "mon pitchoun supporte pas les navets": a problem told, not the reply judged
        return !namesSomething(pushBack, language);
    }

    /**
     * The question's own choices, those the last reply did not give first: after a reply to several questions, an
     * entry it gave that the question alone finds too ("nao era isso, ... e fica a quanto?" after the prices and the
     * hours) may be what the question asks again of, so it stays, after the others.
     */
    private static List<FaqMatch> givenLast(List<FaqMatch> choices, DialogueState state) {
        List<FaqMatch> ordered = new java.util.ArrayList<>(choices.stream().filter(m -> !given(state, m)).toList());
        choices.stream().filter(m -> given(state, m)).forEach(ordered::add);
        return ordered.stream().limit(Action.Clarify.SHOWN).toList();
    }

    /** Whether the last reply gave {@code m}'s answer with another beside it (a reply to several questions). */
    private static boolean givenBeside(DialogueState state, FaqMatch m) {
        return given(state, m) && state.lastReply().map(LastReply::text)
                .filter(t -> t.replace(m.answer(), "").strip().length() > BESIDE).isPresent();
    }

    /** Whether the last reply gave {@code m}'s answer (one part of a reply to several questions). */
    private static boolean given(DialogueState state, FaqMatch m) {
        return m.answer() != null && !m.answer().isBlank() && state.lastReply().map(LastReply::text)
                .filter(t -> t.contains(m.answer())).isPresent();
    }

    private static Action rejected() {
        return new Action.OfferPerson(Action.OfferPerson.Why.REJECTED);
    }

    private static boolean confidentOf(Retrieval whole, long entryId) {
        return whole.confident() && whole.best().map(m -> m.entryId() == entryId).orElse(false);
    }

    /**
     * Whether a clause names things: more than one content word that is no word of pushing back or negating (one may
     * be a word of asking the push-back lists do not hold: "gevraagd", "danach").
     */
    static boolean namesSomething(String clause, Locale language) {
        return ContentTerms.of(clause, language).stream().filter(t -> t.length() >= MIN_LETTERS
                && !PushBackWords.own(t, language) && !NearPoliteness.negates(t, language)).count() > 1;
    }
}
