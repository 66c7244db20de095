package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A push-back that tells what the customer wants instead, asking nothing ("no i need someone to pick it all up
 * tomorrow", "non mi basta, voglio che qualcuno venga da me stasera"): a request the bot cannot arrange, said after
 * its reply. Never bare "did you mean" choices: the apology, what the FAQ does have (the entry the message reads
 * confidently, else the need's own choices, else the entry the last reply gave) and the offer of a person; the second push-back
 * in a row goes to a person ({@link PushBack#again}). Read by structure: the message opens with a bare "no"
 * ({@code closed.no}) or a push-back sentence or short clause that only judges the reply
 * ({@link PushBackQuestion#opener}); the words after it name things, hold a word of wanting or needing
 * ({@code person.want}, {@code pushback.need}) among their first, no word of knowing ({@code pushback.know}: "i want
 * to know ..." asks), and do not ask (no question mark, no clause opened by a question's word, no last word that asks, no "and if").
 */
final class PushBackNeed {

    /** Within how many first words of the rest the word of wanting or needing stands ("no, io voglio che ..."). */
    static final int NEED_WITHIN = 3;

    /** A bare "no" ({@code closed.no}), words of wanting or needing, of knowing: shared with {@link Concession}. */
    static final Lexicon.PerLanguage<List<String>> NO = Lexicon.perLanguage(l -> l.foldedWords("closed.no"));
    static final Lexicon.PerLanguage<List<String>> NEED = Lexicon.perLanguage(l -> {
        List<String> words = new java.util.ArrayList<>(l.foldedWords("person.want"));
        words.addAll(l.foldedWords("pushback.need"));
        return words.isEmpty() ? null : List.copyOf(words);
    });
    static final Lexicon.PerLanguage<List<String>> KNOW = Lexicon.perLanguage(
            l -> l.foldedWords("pushback.know"));

    private PushBackNeed() {
    }

    /** {@code main} for a typed {@code text} of a conversation not waiting for a person. */
    static Action decided(Action main, DialogueState state, String text, Questions questions) {
        boolean answered = main instanceof Action.FaqAnswer a && !a.picked() && a.chosenBy() == null;
        boolean unsure = main instanceof Action.Clarify c && c.about() == null && c.handoffReason() == null;
        boolean missed = main instanceof Action.Handoff h && HandoffReasons.NO_ANSWER.equals(h.reason())
                || main instanceof Action.OfferPerson o && o.answer() == null && o.choices().isEmpty()
                        && (o.why() == Action.OfferPerson.Why.OFF_TOPIC || o.why() == Action.OfferPerson.Why.NOT_FOUND
                                || o.why() == Action.OfferPerson.Why.UNSURE);
        Locale language = state.language();
        if (!answered && !unsure && !missed || state.handedOver() || state.lastReply().isEmpty()
                || PersonRequest.asksForPerson(text, language)) {
            return main;
        }
        Optional<String> need = need(text, language);
        if (need.isEmpty()) {
            return main;
        }
        if (new PushBack(questions).again(state, false)) {
            return NextBest.toPerson();
        }
        LastReply last = state.lastReply().get();
        if (answered) {
            return new Action.OfferPerson(Action.OfferPerson.Why.REJECTED, (Action.FaqAnswer) main);
        }
        if (unsure) {
            // the need's own choices, as after a push-back with a question: the push-back's words find none of them
            Retrieval alone = questions.retrieve(Cleanup.forLookup(need.get(), language), language);
            List<FaqMatch> choices = !alone.clarify() ? List.of() : questions.offerable(alone.choices()).stream()
                    .filter(m -> !Long.valueOf(m.entryId()).equals(last.answered() ? last.entryId() : null))
                    .limit(Action.Clarify.SHOWN).toList();
            if (!choices.isEmpty()) {
                return new Action.OfferPerson(Action.OfferPerson.Why.REJECTED, null, choices);
            }
        }
        if (last.answered() && last.entryId() != null && !last.offeredChoices()) {
            // what the shop does: the answer just given, after the apology, with a person
            return new Action.OfferPerson(Action.OfferPerson.Why.REJECTED, new Action.FaqAnswer(
                    questions.entry(last.entryId(), last.text()), 1, List.of(), null, true));
        }
        return new Action.OfferPerson(Action.OfferPerson.Why.REJECTED);
    }

    /** Whether {@code text} pushes back first and then tells a need that names things, asking nothing. */
    static boolean tellsNeed(String text, Locale language) {
        return need(text, language).isPresent();
    }

    /** The need told after the push-back ({@link #tellsNeed}), or empty. */
    private static Optional<String> need(String text, Locale language) {
        Optional<String> rest = afterNo(text, language).or(() -> PushBackQuestion.opener(text, language)
                .map(s -> s[1]));
        // a statement of wanting reads as asking to FollowUpCue.asks ("je veux ...", "ik wil ..."): here only a
        // question mark, a clause opened or ended by a question's word or an "and if" asks
        if (rest.isEmpty() || text.contains("?") || FollowUpCue.clauseOpensAsking(rest.get(), language)
                || FollowUpCue.asksIf(rest.get(), language) || FollowUpCue.endsAsking(rest.get(), language)
                || !PushBackQuestion.namesSomething(rest.get(), language)) {
            return Optional.empty();
        }
        List<String> words = words(rest.get());
        List<String> need = NEED.get(language).orElse(List.of());
        List<String> know = KNOW.get(language).orElse(List.of());
        return words.stream().limit(NEED_WITHIN).anyMatch(need::contains) && words.stream().noneMatch(know::contains)
                ? rest : Optional.empty();
    }

    /**
     * The words after a bare "no" that opens the message ("no i need ...", "nee, ich brauch ..."); empty where none
     * opens it, or where the word after it is one of wanting ("no quiero que ...": a wish negated, no push-back).
     */
    private static Optional<String> afterNo(String text, Locale language) {
        String stripped = text.strip();
        String[] first = stripped.split("[\\s,.;:!]+", 2);
        if (first.length < 2 || !NO.get(language).orElse(List.of()).contains(ActRules.folded(first[0]))) {
            return Optional.empty();
        }
        boolean marked = stripped.length() > first[0].length()
                && ",.;:!".indexOf(stripped.charAt(first[0].length())) >= 0;
        List<String> next = words(first[1]);
        if (next.isEmpty() || !marked && NEED.get(language).orElse(List.of()).contains(next.get(0))) {
            return Optional.empty();
        }
        return Optional.of(first[1].strip());
    }

    private static List<String> words(String text) {
        return Arrays.stream(ActRules.folded(text).split("[^\\p{L}\\p{N}']+")).filter(w -> !w.isEmpty()).toList();
    }
}
