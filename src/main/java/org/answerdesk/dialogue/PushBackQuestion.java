package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    /** Shorter terms ("da", "nit") are a dialect's small words, not things named. */
    private static final int MIN_LETTERS = 3;
    private static final Pattern CLAUSE = Pattern.compile("[,.;:!?\\n]+");

    private PushBackQuestion() {
    }

    /** {@code main} for a typed {@code text} of a conversation not waiting for a person. */
    static Action decided(Action main, DialogueState state, String text, Questions questions) {
        boolean answered = main instanceof Action.FaqAnswer a && !a.picked() && a.chosenBy() == null;
        // choices for the whole message only: choices for one half beside another half's answer are that half's
        boolean unsure = main instanceof Action.Clarify c && c.about() == null;
        if (!answered && !unsure || state.handedOver() || state.lastReply().isEmpty()) {
            return main;
        }
        Locale language = state.language();
        String[] clauses = CLAUSE.splitAsStream(text).map(String::strip).filter(c -> !c.isEmpty())
                .toArray(String[]::new);
        if (clauses.length < 2 || clauses[0].split("\\s+").length > PUSH_BACK_WORDS
                || FollowUpCue.asks(clauses[0], language) || !PushBack.complains(clauses[0], language)) {
            return main;
        }
        String rest = String.join(", ", Arrays.copyOfRange(clauses, 1, clauses.length));
        if (!FollowUpCue.asks(rest, language) && !text.contains("?")) {
            return main;
        }
        if (namesSomething(clauses[0], language)) {
            return main; // "mon pitchoun supporte pas les navets": a problem told, not the reply judged
        }
        Long rejected = state.lastReply().filter(LastReply::answered).map(LastReply::entryId).orElse(null);
        if (answered && !confidentOf(questions.retrieve(Cleanup.forLookup(text, language), language),
                        ((Action.FaqAnswer) main).entry().entryId())) {
            // an answer read with the conversation ("nee dat nit. ... habt ihr wat fuer den?" after the food
            // question) was not found by the push-back's words: only the message's own confident entry is
            return main;
        }
        String asked = Cleanup.forLookup(rest, language);
        Retrieval alone = questions.retrieve(asked, language);
        Optional<Action> own = questions.confident(alone);
        if (own.isPresent()) {
            // "ik wil weten of dat al bij de prijs van het buffet zit": said of what came before, the entry of its
            // words alone stands only where the reading with the message before finds it too; never the entry
            // pushed back on
            Action.FaqAnswer entry = (Action.FaqAnswer) own.get();
            return RestatedQuestion.unconfirmed(entry, state, rest, questions)
                    || Long.valueOf(entry.entry().entryId()).equals(rejected) ? rejected() : entry;
        }
        // the question alone names the whole's entry ("vcs mexem com moto?": the motorbike entry): it stands
        if (answered && OwnQuestion.namedIn(asked, List.of(((Action.FaqAnswer) main).entry()), language)) {
            return main;
        }
        // unsure of the question alone: its own choices after the apology (never the entry pushed back on, never
        // the choices the push-back's words found); none: what is missing, and a person
        List<FaqMatch> choices = alone.clarify() ? questions.offerable(alone.choices()).stream()
                .filter(m -> !Long.valueOf(m.entryId()).equals(rejected)).limit(Action.Clarify.SHOWN).toList()
                : List.of();
        return choices.isEmpty() ? rejected()
                : new Action.OfferPerson(Action.OfferPerson.Why.REJECTED, null, choices);
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
    private static boolean namesSomething(String clause, Locale language) {
        return ContentTerms.of(clause, language).stream().filter(t -> t.length() >= MIN_LETTERS
                && !PushBackWords.own(t, language) && !NearPoliteness.negates(t, language)).count() > 1;
    }
}
