package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The entry a push-back is due (issue 61, push-backs): a customer who pushes back on the bot's answer or choices
 * ("noi, des isch mir z'viel, do will i en rabatt", "da's niet wat ik vroeg, ik wil het totaal weten") argues with the
 * rule the bot gave or offered, or asks again what it left out. The reply restates that rule after the apology, with
 * the offer of a person ({@link Action.OfferPerson.Why#REJECTED} with the entry's answer), rather than the plain "in other words?" or choices of entries the bot had not spoken of.
 * <p>
 * The due entry is one of the last reply's own: the entry it answered and the other entries its text gave (the second
 * half of a two-question reply), or, where it answered nothing, the choices it offered. Of these, the one the
 * objection names: the lookup of the objection (the words after its opening "no" or push-back clause) has it first.
 * An objection whose closest entry the last reply never spoke of keeps its reply (a new question after "that's not
 * what I asked": its own choices); a rejection that names nothing ("none of those") is asked what is missing.
 */
final class PushBackDue {

    private static final Lexicon.PerLanguage<List<String>> NO = Lexicon.perLanguage(l -> l.foldedWords("closed.no"));

    private PushBackDue() {
    }

    /** {@code main} for a typed {@code text} of a conversation not waiting for a person. */
    static Action decided(Action main, DialogueState state, String text, Questions questions) {
        // an answer that "did not help" (NOT_HELPED) with the problem told again is never given again
        if (!(main instanceof Action.OfferPerson o) || o.why() != Action.OfferPerson.Why.REJECTED
                || o.answer() != null || state.handedOver() || state.lastReply().isEmpty()) {
            return main;
        }
        LastReply last = state.lastReply().get();
        if (!last.answered() && last.offeredInFaq().isEmpty()) {
            return main; // after a miss or an offer of a person there is no rule to restate
        }
        Locale language = state.language();
        String words = objection(text, language);
        if (Acts.read(text, language).onlyAct() || !PushBackQuestion.namesSomething(words, language)) {
            return main; // "none of those", "that didn't help": a rejection that names nothing, asked what is missing
        }
        Retrieval objection = questions.retrieve(Cleanup.forLookup(Acts.read(words, language)
                .question(), language), language);
        return objection.best().filter(m -> spokenOf(m, last))
                .<Action>map(m -> new Action.OfferPerson(Action.OfferPerson.Why.REJECTED,
                        new Action.FaqAnswer(m, 1, List.of(), null, true)))
                .orElse(main);
    }

    /** The words that object: after a push-back clause or sentence, or after an opening bare "no"; else all. */
    static String objection(String text, Locale language) {
        Optional<String> rest = PushBackQuestion.opener(text, language).map(s -> s[1]);
        if (rest.isPresent()) {
            return rest.get();
        }
        String[] first = text.strip().split("[\\s,.;:!]+", 2);
        return first.length == 2 && NO.get(language).orElse(List.of()).contains(ActRules.folded(first[0]))
                ? first[1] : text;
    }

    /**
     * Whether the last reply answered {@code m} or gave its answer in its text; where it answered nothing, whether it
     * offered {@code m} as a choice (choices beside an answer are for another half of the question, not the rule the
     * customer pushes back on).
     */
    private static boolean spokenOf(FaqMatch m, LastReply last) {
        if (!last.answered()) {
            return last.offeredInFaq().stream().anyMatch(c -> c.entryId() == m.entryId());
        }
        return Long.valueOf(m.entryId()).equals(last.entryId())
                || m.answer() != null && !m.answer().isBlank() && last.text() != null
                        && last.text().contains(m.answer());
    }
}
