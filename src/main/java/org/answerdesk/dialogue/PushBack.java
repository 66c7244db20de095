package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A push-back read from the conversation rather than from its words (issue 61 item 3): right after the bot's answer,
 * choices or offer of a person, a message that complains (a negation, anger, an objection or a word of "the same
 * again") and names nothing new (no content word that the conversation did not have and the FAQ's closest entries
 * know) says that the reply did not help, in whatever dialect it is said ("wacha hizo, same story every time", "sempre
 * a stissa cosa mi dici"); it is not a new question.
 * <ul>
 * <li>The first push-back gets the question what is missing with the offer of a person
 * ({@link Action.OfferPerson.Why#REJECTED}; the next-best entries a bare "no" gets were unrelated too often: set 16's
 * es 4.2, fr 4.2); after choices, the rejection's own reply.</li>
 * <li>After a miss (the bot asked for other words, or offered a person), a rejection the act reader knows followed by
 * the question said again in words the conversation had ("that is not my question o. i ask how i send it to you") is
 * the first push-back too: the apology and the offer, never the entries of those few words.</li>
 * <li>The second in a row (the customer's message before pushed back too, in words the act reader knows or by this
 * reading) hands over, with no choices.</li>
 * </ul>
 */
final class PushBack {

    /** Past this many words a message says something of its own, whatever it complains of. */
    static final int LONGEST = 20;
    /** How many of the closest entries stand for what the FAQ knows of a message. */
    private static final int CLOSEST = 3;
    /** A complaint with this many new words of its own, of which the FAQ finds something, describes a need. */
    private static final int DESCRIBED = 3;
    /** Shorter terms ("mr", "da") are a dialect's small words, not things named. */
    private static final int MIN_LETTERS = 3;
    /** A number of three digits or more, or an email address: a detail given. */
    private static final Pattern DETAIL = Pattern.compile("\\d{3}|[^\\s@]@[^\\s@]");
    /** Where a message's clauses end. */
    /** A press on a choice as the conversation stores it (never a message of the customer's). */
    private static final Pattern PICK = Pattern.compile("pick:\\d+:\\d+");
    /** The word "but" ({@code pushback.but}: "but", "mais", "ma"). */
    private static final Lexicon.PerLanguage<List<String>> OBJECTION = Lexicon.perLanguage(
            l -> l.foldedWords("pushback.but"));
    /** Words that say the bot says the same again ({@code pushback.again}: "same", "always", "sempre", "immer"). */
    private static final Lexicon.PerLanguage<List<String>> AGAIN = Lexicon.perLanguage(
            l -> l.foldedWords("pushback.again"));

    private final Questions questions;

    PushBack(Questions questions) {
        this.questions = questions;
    }

    /**
     * The reply to {@code text} where it pushes back on the bot's last reply; empty otherwise. {@code replies} gives
     * the bot's reply to an act as the conversation stands ({@link ActReplies}).
     */
    Optional<Action> decided(Turn turn, String text, Function<Act, Action> replies) {
        DialogueState state = turn.state;
        if (state.handedOver() || turn.last().isEmpty()) {
            return Optional.empty();
        }
        Optional<Act> act = turn.reading.onlyAct() ? turn.reading.act() : Optional.empty();
        boolean offerOnly = turn.answered().isEmpty() && ChoicesShowing.showing(state).isEmpty();
        if (act.filter(a -> a == Act.NOT_HELPED || a == Act.NO && !offerOnly).isPresent()) {
            // a rejection the act reader knows, after a push-back it did not ("me estas cargando? no me estas
            // entendiendo nada" after "eso ya lo se, no me sirve de nada"): the second in a row
            if (again(state, true)) {
                turn.act = act;
                return Optional.of(NextBest.toPerson());
            }
            if (act.get() == Act.NOT_HELPED && offerOnly && !again(state, false)) {
                // "no no, not this" after "put it in other words, or a person?": the first push-back, asked what is
                // missing
                turn.act = act;
                return Optional.of(new Action.OfferPerson(Action.OfferPerson.Why.REJECTED));
            }
            return Optional.empty();
        }
        if (!turn.reading.onlyAct() && turn.reading.act().filter(ChoicesShowing::rejects).isPresent()) {
            // "nope, still the same issue": the act reader's rejection with more words keeps its path, but a second
            Optional<Act> rejection = turn.reading.act();
            if (again(state, true)) {
                turn.act = rejection;
                return Optional.of(NextBest.toPerson());
            }
            if (turn.answered().isEmpty() && ChoicesShowing.showing(state).isEmpty()
                    && !PersonRequest.asksForPerson(text, state.language())
                    && namesNothingNew(text, state.history(), turn.last().get(), state.language())) {
                // after a miss ("put it in other words, or a person?"): "that is not my question o. i ask how i send
                // it to you", "nao foi isso q eu perguntei, pq vc ta respondendo outra coisa?" say it again in words
                // the conversation had; the apology and what is missing, or a person (never the next entries of those
                // few words). After an answer, its next-best entries with the apology stay (ActReplies)
                turn.act = rejection;
                return Optional.of(again(state, false) ? NextBest.toPerson()
                        : new Action.OfferPerson(Action.OfferPerson.Why.REJECTED));
            }
            return Optional.empty();
        }
        if (act.filter(a -> a != Act.GREETING).isPresent()
                || !pushesBack(text, state.history(), turn.last().get(), state.language())) {
            return Optional.empty();
        }
        turn.act = Optional.of(Act.NOT_HELPED);
        if (again(state, false)) {
            return Optional.of(NextBest.toPerson());
        }
        // after choices, the rejection's reply; after an answer or an offer, what is missing, and a person
        return Optional.of(ChoicesShowing.showing(state).isPresent() ? replies.apply(Act.NOT_HELPED)
                : new Action.OfferPerson(Action.OfferPerson.Why.REJECTED));
    }

    /**
     * Whether {@code text}, said after the bot's reply {@code last}, complains and names nothing that the conversation
     * ({@code history}, the reply and its choices) did not and the FAQ's closest entries know.
     */
    boolean pushesBack(String text, List<HistoryTurn> history, LastReply last, Locale language) {
        return complains(text, language) && !asksPlainly(text, language) && namesNothingNew(text, history, last,
                language);
    }

    /**
     * Whether {@code text}, a complaint of the bot's reply {@code last}, names nothing that the conversation did not
     * and the FAQ's closest entries know: what it asks, read without its rejection, is no question of its own.
     */
    boolean namesNothingNew(String text, List<HistoryTurn> history, LastReply last, Locale language) {
        if (Noise.words(text).strip().split(" ").length > LONGEST) {
            return false;
        }
        // what the conversation named: the customer's words, the answer given and the choices' questions (the bot's
        // other texts are its own, not the FAQ's)
        StringBuilder before = new StringBuilder(last.answered() && last.text() != null ? last.text() : "");
        before.append(' ').append(last.question() == null ? "" : last.question());
        last.offeredQuestions().forEach(q -> before.append(' ').append(q));
        history.stream().filter(HistoryTurn::fromCustomer).forEach(t -> before.append(' ').append(
                t.text() == null ? "" : t.text()));
        if (objects(text, language) && ActRules.CLAUSE.splitAsStream(text).noneMatch(c -> opensWithObjection(c.strip(), language))
                && !Mood.angry(text, language) && !saysAgain(text, language)) {
            // "it says delivered but I don't have it": a "but" inside a clause sets one state against another, a
            // problem told for the follow-up readings, not an objection to the reply
            return false;
        }
        if (DETAIL.matcher(text).find()) {
            return false; // an order number or an address given is something new
        }
        // "no not that, is there a warranty on the toaster": what it asks is looked up without the rejection
        String lookup = Cleanup.forLookup(Acts.read(text, language).question(), language);
        Set<String> offered = new HashSet<>(ContentTerms.withConcepts(String.join(" ", last.offeredQuestions()),
                language));
        offered.removeAll(ContentTerms.withConcepts(last.question() == null ? "" : last.question(), language));
        Set<String> fresh = new HashSet<>(ContentTerms.withConcepts(lookup, language));
        if (fresh.stream().anyMatch(offered::contains)) {
            return false; // "ninguna de esas, digo … el examen": it names what a choice offered, its own word
        }
        fresh.removeAll(ContentTerms.withConcepts(before.toString(), language));
        // a complaint of the reply says so in the language's words of pushing back, "but" or "the same again"; with
        // none, a negated statement that names something ("Mein Paket ist nie angekommen") tells a problem
        boolean ofTheReply = fresh.stream().anyMatch(t -> PushBackWords.own(t, language)) || saysAgain(text, language)
                || ActRules.CLAUSE.splitAsStream(text).anyMatch(c -> opensWithObjection(c.strip(), language));
        fresh.removeIf(t -> PushBackWords.own(t, language));
        fresh.removeIf(t -> t.length() < MIN_LETTERS || NearPoliteness.negates(t, language));
        if (fresh.isEmpty()) {
            return true;
        }
        if (!ofTheReply) {
            return false;
        }
        Retrieval retrieval = questions.retrieve(lookup, language);
        // an entry whose answer the bot gave (a list of choices shows its question too)
        Predicate<FaqMatch> given = m -> Long.valueOf(m.entryId()).equals(last.entryId())
                || history.stream().anyMatch(t -> !t.fromCustomer() && t.text() != null && m.answer() != null
                        && !m.answer().isBlank() && t.text().contains(m.answer()) && !t.text().contains(m.question()));
        Optional<FaqMatch> newEntry = retrieval.best().filter(given.negate());
        if (retrieval.confident() && newEntry.isPresent()) {
            return false; // the FAQ is sure of an entry not given yet: a question of its own
        }
        if (retrieval.clarify() && newEntry.isPresent() && fresh.size() >= DESCRIBED && !objects(text, language)
                && (!saysAgain(text, language) || last.offeredChoices())) {
            // "no i mean my mug showed up in pieces, box was all crushed": says what it is about; typed instead of a
            // tap, "siamo 15 dello stesso ufficio, ...": its "same" is of its own story, the choices never said one
            return false;
        }
        if ((retrieval.confident() || retrieval.clarify()) && retrieval.best().isPresent()
                && fresh.size() >= DESCRIBED && !objects(text, language) && !saysAgain(text, language)
                && !ColloquialActs.pushesBackAfter(text, language)) {
            // "cant log in, typed my pin five times and it keeps saying invalid": a problem told in words of its own
            // that the FAQ places, even where its entry is the one given: a question, its "wrong" the product's
            return false;
        }
        // what the FAQ knows (its closest entries) besides what it said already
        Set<String> known = new HashSet<>();
        retrieval.matches().stream().limit(CLOSEST).filter(given.negate()).forEach(m -> known.addAll(
                ContentTerms.withConcepts(m.question() + " " + (m.answer() == null ? "" : m.answer()), language)));
        return fresh.stream().noneMatch(known::contains);
    }

    /**
     * Whether a message complains: it is angry, or one of its clauses that asks nothing negates ({@code act.not}),
     * says the bot says the same again ({@code pushback.again}) or opens with an objection ({@code objection}: "but",
     * "mais", "ma").
     * A question that negates ("do you not open on sundays?") asks; without its question mark it is read as said.
     */
    static boolean complains(String text, Locale language) {
        if (Mood.angry(text, language)) {
            return true;
        }
        return ActRules.clauses(text).stream()
                .filter(c -> !asked(text, c) && !asksAfterObjection(c, language))
                .anyMatch(c -> NearPoliteness.negates(c, language) || opensWithObjection(c, language)
                        || saysAgain(c, language));
    }

    /**
     * Whether a clause of the message asks with a question mark, negated or not, and neither objects nor says "the
     * same again" ("mijn dochter eet geen vlees, mag zij uw frieten eten?", "is da ni te jong?"): a question beside
     * the complaint; "ma chi mi stai babbiannu?" objects as it asks.
     */
    private static boolean asksPlainly(String text, Locale language) {
        return ActRules.CLAUSE.splitAsStream(text).map(String::strip).filter(c -> !c.isEmpty() && asked(text, c))
                .anyMatch(c -> !saysAgain(c, language)
                        && !objects(c, language)) || endsAsking(text, language);
    }

    /**
     * Whether the message's last clause, after others, opens with a question's word ({@code asks.last}) and neither
     * negates, objects nor says "the same again" ("… she doesn't like them, how does she get those to you", typed
     * without a question mark): what went before tells the case, the last clause asks of it.
     */
    private static boolean endsAsking(String text, Locale language) {
        List<String> clauses = ActRules.clauses(text);
        if (clauses.size() < 2 || text.indexOf('?') >= 0) {
            return false;
        }
        String last = clauses.get(clauses.size() - 1).strip();
        return FollowUpCue.clauseOpensAsking(last, language) && !NearPoliteness.negates(last, language)
                && !objects(last, language) && !saysAgain(last, language);
    }

    /**
     * Whether a clause opens with a word that objects ("oui mais ça c votre avis", "ma chi", "mas bah"); one at its
     * end ("checked spam already") tells what the customer did, for the topic's follow-up to read.
     */
    private static boolean opensWithObjection(String clause, Locale language) {
        String[] words = ActRules.folded(clause).split(" ");
        List<String> objection = OBJECTION.get(language).orElse(List.of());
        return Arrays.stream(words).limit(2).anyMatch(objection::contains);
    }

    /**
     * Whether a clause asks once its opening objection is set aside ("ma quanto me costa sta roba", "but how long does
     * it take" typed without a question mark): a question of its own, not a complaint.
     */
    private static boolean asksAfterObjection(String clause, Locale language) {
        String[] words = clause.split("\\s+", 2);
        List<String> objection = OBJECTION.get(language).orElse(List.of());
        return words.length == 2 && objection.contains(ActRules.folded(words[0]))
                && FollowUpCue.asks(words[1], language);
    }

    /** Whether a clause holds a word that objects ({@code objection}), asked or not. */
    private static boolean objects(String clause, Locale language) {
        return OBJECTION.get(language).map(o -> Arrays.stream(ActRules.folded(clause).split(" "))
                .anyMatch(o::contains)).orElse(false);
    }

    /** Whether a text holds a word that says the bot says the same again ({@code pushback.again}). */
    private static boolean saysAgain(String text, Locale language) {
        List<String> again = AGAIN.get(language).orElse(List.of());
        return Arrays.stream(ActRules.folded(text).split(" ")).anyMatch(again::contains);
    }

    /** Whether {@code clause} of {@code text} ends with a question mark there (spaces before it aside). */
    private static boolean asked(String text, String clause) {
        int at = text.indexOf(clause) + clause.length();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length() && text.charAt(at) == '?';
    }

    /**
     * Whether the customer's message before this one pushed back on the bot's reply before it: a rejection the act
     * reader knows ("no", "that didn't help"), a colloquial one, or one read by {@link #pushesBack}; {@code unseen}:
     * only the last, which the rules of the act reader's rejections do not count.
     */
    boolean again(DialogueState state, boolean unseen) {
        List<HistoryTurn> history = state.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryTurn turn = history.get(i);
            if (!turn.fromCustomer() || turn.text() == null || PICK.matcher(turn.text()).matches()) {
                continue;
            }
            int reply = i - 1;
            while (reply >= 0 && history.get(reply).fromCustomer()) {
                reply--;
            }
            if (reply < 0) {
                return false; // nothing of the bot's came before it: it pushed back on nothing
            }
            Acts.Reading reading = Acts.read(turn.text(), state.language());
            if (reading.act().filter(ChoicesShowing::rejects).isPresent()
                    || ColloquialActs.pushesBackAfter(turn.text(), state.language())) {
                return !unseen;
            }
            return !PersonRequest.asksForPerson(turn.text(), state.language())
                    && (!reading.onlyAct() || reading.act().filter(a -> a == Act.GREETING || a == Act.CHITCHAT)
                            .isPresent())
                    && pushesBack(turn.text(), history.subList(0, reply), new LastReply(true, null,
                            history.get(reply).text(), asked(history, reply)), state.language());
        }
        return false;
    }

    /** The customer's message the bot's turn at {@code reply} answered, or null. */
    private static String asked(List<HistoryTurn> history, int reply) {
        for (int i = reply - 1; i >= 0; i--) {
            if (history.get(i).fromCustomer()) {
                return history.get(i).text();
            }
        }
        return null;
    }
}
