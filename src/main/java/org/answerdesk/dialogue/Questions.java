package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

import org.answerdesk.llm.LlmCandidate;
import org.answerdesk.llm.LlmQuestion;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageRetrieval;
import org.answerdesk.retrieval.Retrieval;

/**
 * The decision on a question: the FAQ's answer when its best entry is confident; "did you mean" when the right entry
 * is probably among a few, unless a passage answers confidently; else the LLM, which first may pick one of the
 * closest entries and else writes an answer that must cite the passages it was given; without an LLM (or when it
 * fails) a confident passage; else a handoff.
 */
final class Questions {

    /** How many of the closest entries the LLM may choose from. */
    private static final int LLM_CANDIDATES = 5;

    private final FaqLookup faq;
    private final PassageLookup passages;
    private final LanguageModel llm;

    Questions(FaqLookup faq, PassageLookup passages, LanguageModel llm) {
        this.faq = faq;
        this.passages = passages;
        this.llm = llm;
    }

    boolean llmEnabled() {
        return llm.enabled();
    }

    int historyTurns() {
        return llm.enabled() ? llm.historyTurns() : 0;
    }

    /** The FAQ's verdict on a question of a conversation in {@code language}. */
    Retrieval retrieve(String question, java.util.Locale language) {
        return faq.retrieve(question, language);
    }

    /** The answer when the FAQ's best entry is confident; empty otherwise. */
    Optional<Action> confident(Retrieval retrieval) {
        if (!retrieval.confident()) {
            return Optional.empty();
        }
        FaqMatch best = retrieval.best().orElseThrow();
        return Optional.of(new Action.FaqAnswer(best, retrieval.confidence(),
                offerable(retrieval.matches().subList(1, retrieval.matches().size())), null, false));
    }

    Action answer(String question, Retrieval retrieval, IntFunction<List<HistoryTurn>> history) {
        Optional<Action> confident = confident(retrieval);
        if (confident.isPresent()) {
            return confident.get();
        }
        // a passage that answers confidently goes before "did you mean": it is the shop's own answer
        PassageRetrieval found = passages.search(question);
        if (retrieval.clarify() && !found.confident()) {
            List<FaqMatch> choices = offerable(retrieval.choices());
            if (!choices.isEmpty()) {
                return new Action.Clarify(choices, retrieval.confidence(), closest(retrieval), null, false);
            }
        }
        return fromLlm(question, history, retrieval, found);
    }

    /**
     * The FAQ's confident answer, unless the question names something (a place, a product) that the entry does not
     * and a confident passage of the shop's pages does: then that passage, cited. The pages are searched only for
     * such a question, not for every confident answer.
     */
    Action orNamedPassage(Action.FaqAnswer answer, String asked) {
        var missing = missingNames(answer, asked);
        if (missing.isEmpty() || !passages.any()) {
            return answer;
        }
        PassageRetrieval found = passages.search(asked);
        return found.confident() && found.best().map(p -> Names.missingFrom(missing, p.title() + " " + p.headings()
                + " " + p.text()).size() < missing.size()).orElse(false)
                ? passage(found, offerable(List.of(answer.entry()))) : answer;
    }

    /** Whether the question names something the entry does not, while the shop has pages that may name it. */
    boolean namesMore(Action.FaqAnswer answer, String asked) {
        return passages.any() && !missingNames(answer, asked).isEmpty();
    }

    private java.util.Set<String> missingNames(Action.FaqAnswer answer, String asked) {
        return Names.missingFrom(Names.of(asked), answer.entry().question() + " " + answer.entry().answer());
    }

    private Action fromLlm(String question, IntFunction<List<HistoryTurn>> history, Retrieval retrieval,
                           PassageRetrieval found) {
        List<FaqMatch> related = offerable(retrieval.matches());
        Long closest = closest(retrieval);
        if (!llm.enabled()) {
            if (found.confident()) {
                return passage(found, related);
            }
            // far from every entry: say so and offer a person, rather than unrelated choices or a silent ticket
            return retrieval.far() ? new Action.OfferPerson(Action.OfferPerson.Why.OFF_TOPIC)
                    : handoff(HandoffReasons.NO_ANSWER, retrieval, related, closest);
        }
        Optional<Action> chosen = chosenByLlm(question, retrieval);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        List<Passage> given = found.top(passages.llmPassages());
        var context = retrieval.matches().stream()
                .map(m -> new LlmQuestion.Context(m.question(), m.answer())).toList();
        var turns = history.apply(llm.historyTurns()).stream()
                .map(t -> new LlmQuestion.Turn(t.fromCustomer(), t.text())).toList(); // the adapter's type, at its port
        var asked = new LlmQuestion(question, turns, context,
                given.stream().map(p -> new LlmQuestion.Source(p.title(), p.text())).toList());
        var reply = llm.answer(asked);
        if (reply.isEmpty()) {
            return found.confident() ? passage(found, related)
                    : handoff(HandoffReasons.LLM_FAILED, retrieval, related, closest);
        }
        var a = reply.get();
        if (a.declined()) {
            return new Action.Handoff(HandoffReasons.LLM_DECLINED, retrieval.confidence(), related, closest,
                    a.model(), a.tokensIn(), a.tokensOut());
        }
        String text = a.text();
        if (!given.isEmpty()) {
            // with passages the model must cite what it used: an answer citing nothing given is not sent
            Optional<String> cited = PassageAnswers.cited(text, llm.citationNumber(asked, 0), given);
            if (cited.isEmpty()) {
                return new Action.Handoff(HandoffReasons.LLM_UNCITED, retrieval.confidence(), related, closest,
                        a.model(), a.tokensIn(), a.tokensOut());
            }
            text = cited.get();
        }
        return new Action.LlmAnswer(text, retrieval.confidence(), related, closest, a.model(), a.tokensIn(),
                a.tokensOut());
    }

    /**
     * The LLM chooses among the top five entries before it writes: a pick sends that entry's own vetted answer
     * (with the model recorded as the one that decided it); none goes on to free text.
     */
    private Optional<Action> chosenByLlm(String question, Retrieval retrieval) {
        List<FaqMatch> top = retrieval.matches().subList(0, Math.min(LLM_CANDIDATES, retrieval.matches().size()));
        return llm.choose(question, top.stream().map(m -> new LlmCandidate(m.entryId(), m.question(), m.answer()))
                        .toList())
                .flatMap(id -> top.stream().filter(m -> m.entryId() == id).findFirst())
                .map(m -> new Action.FaqAnswer(m, retrieval.confidence(),
                        offerable(top.stream().filter(o -> o != m).toList()), llm.modelName(), false));
    }

    private static Action passage(PassageRetrieval found, List<FaqMatch> related) {
        return new Action.PassageAnswer(PassageAnswers.offer(found.best().orElseThrow()), found.confidence(), related);
    }

    private static Action handoff(String reason, Retrieval retrieval, List<FaqMatch> related, Long closest) {
        return new Action.Handoff(reason, retrieval.confidence(), related, closest, null, null, null);
    }

    private static Long closest(Retrieval retrieval) {
        return retrieval.best().map(FaqMatch::entryId).orElse(null);
    }

    /** The entry {@code entryId} as a match: its question (blank when it is gone) and {@code answer}, the reply given. */
    FaqMatch entry(long entryId, String answer) {
        return new FaqMatch(entryId, faq.question(entryId).orElse(""), answer == null ? "" : answer, 0);
    }

    /**
     * The entry {@code entryId} as the last reply gave it ({@code text}): its own answer where the reply holds it
     * among others' (a reply to several questions), else the reply's text, as {@link #entry} gives it.
     */
    FaqMatch given(long entryId, String text, Locale language) {
        Optional<FaqMatch> own = faq.question(entryId).filter(q -> !q.isBlank())
                .flatMap(q -> retrieve(q, language).matches().stream().filter(m -> m.entryId() == entryId)
                        .findFirst())
                .filter(m -> m.answer() != null && !m.answer().isBlank() && text != null
                        && text.contains(m.answer()));
        return own.orElseGet(() -> entry(entryId, text));
    }

    /** The entry's keywords and phrasings ({@link FaqLookup#wording}). */
    List<String> wording(long entryId) {
        return faq.wording(entryId);
    }

    /** The answer with the lookup's best entry, though the FAQ alone is not confident of it. */
    Action.FaqAnswer best(Retrieval retrieval) {
        FaqMatch best = retrieval.best().orElseThrow();
        return new Action.FaqAnswer(best, retrieval.confidence(),
                offerable(retrieval.matches().subList(1, retrieval.matches().size())), null, false);
    }

    /** Entries to offer (related questions, choices): only those the owner worded. */
    List<FaqMatch> offerable(List<FaqMatch> matches) {
        return matches.stream().filter(m -> faq.ownerWorded(m.entryId())).toList();
    }
}
