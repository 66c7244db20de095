package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A complaint told in several clauses ("l'app non mi fa più segnare a niente, pago 49 euro al mese e non posso fare
 * pilates, ma siamo matti??") that the FAQ is unsure of as a whole: the situation is told in one clause, and the
 * others (what it cost, how the customer feels) pull the lookup towards anyone's entries. Where a clause alone is
 * answered confidently (the surest of them) with one of the choices, that entry comes first (the apology's choices too), the others after it. Read by
 * structure: a message that complains ({@link PushBack#complains}: anger, a negation, an objection), two clauses or
 * more, and a decision of "did you mean" choices. For the apology's choices, a clause with a number in it ("pago 1800
 * por mês pra isso??") is not read alone beside clauses without one: it tells what the trouble cost or when it began,
 * and alone finds the shop's entries on prices and times.
 */
final class ComplaintTopic {

    /** The fewest words of a clause that may tell the situation. */
    static final int CLAUSE_WORDS = 2;
    /** The most clauses looked up, each one lookup: a situation is told in a few; a list of hundreds is not a story. */
    static final int MOST_CLAUSES = 6;
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private ComplaintTopic() {
    }

    /** {@code main} for a typed {@code text}: its choices led by the entry one clause alone is sure of. */
    static Action decided(Action main, DialogueState state, String text, Questions questions) {
        List<FaqMatch> choices = main instanceof Action.Clarify c && !c.again() && c.handoffReason() == null
                ? c.choices()
                : main instanceof Action.OfferPerson o && o.why() == Action.OfferPerson.Why.UPSET && o.answer() == null
                        ? o.choices() : List.of();
        Locale language = state.language();
        if (choices.isEmpty() || !PushBack.complains(text, language) || ToldCancellation.tells(text, language)) {
            // a cancellation told ("... so we won't need it anymore") negates, but complains of nothing: its choices
            // lead with the cancelling entry, not with what a clause names
            return main;
        }
        List<String> clauses = ActRules.CLAUSE.splitAsStream(text).map(String::strip)
                .filter(c -> FreeFormActs.words(Noise.words(c)) >= CLAUSE_WORDS).limit(MOST_CLAUSES).toList();
        if (clauses.size() < 2) {
            return main;
        }
        Optional<FaqMatch> told = Optional.empty();
        double surest = 0;
        // an angry customer's clause with a number in it tells what it cost or when ("pago 1800 por mês pra isso??"):
        // alone it finds the entry on paying or prices, not the trouble; it is read only where every clause has one
        boolean story = main instanceof Action.OfferPerson && clauses.stream().anyMatch(c -> !tellsANumber(c));
        for (String clause : clauses) {
            if (story && tellsANumber(clause)) {
                continue;
            }
            Retrieval alone = questions.retrieve(Cleanup.forLookup(Mood.withoutAnger(clause, language), language),
                    language);
            if (alone.confident() && alone.best().isPresent() && alone.confidence() > surest) {
                told = alone.best(); // the clause the FAQ is surest of ("vcs NAO trocam??" over the story before it)
                surest = alone.confidence();
            }
        }
        long id = told.map(FaqMatch::entryId).orElse(-1L);
        Optional<FaqMatch> among = choices.stream().filter(m -> m.entryId() == id).findFirst();
        // only the order changes: an entry the choices did not have may be answered in another part already
        if (among.isEmpty() || id == choices.get(0).entryId()) {
            return main;
        }
        List<FaqMatch> led = new ArrayList<>(List.of(among.get()));
        choices.stream().filter(m -> m.entryId() != id).forEach(led::add);
        return main instanceof Action.Clarify c
                ? new Action.Clarify(led, c.confidence(), id, null, false, c.about())
                : new Action.OfferPerson(Action.OfferPerson.Why.UPSET, null, led);
    }

    private static boolean tellsANumber(String clause) {
        return DIGIT.matcher(clause).find();
    }
}
