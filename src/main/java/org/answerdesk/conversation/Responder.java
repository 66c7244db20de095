package org.answerdesk.conversation;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.answerdesk.faq.FaqService;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;
import org.answerdesk.llm.LlmCandidate;
import org.answerdesk.llm.LlmFallback;
import org.answerdesk.llm.LlmQuestion;
import org.springframework.stereotype.Component;

/**
 * The answer decision: the FAQ when its best entry scores at or above the threshold, else the LLM fallback, else
 * a polite handoff to a person.
 */
@Component
class Responder {

    /** How many of the closest entries the LLM may choose from. */
    private static final int LLM_CANDIDATES = 5;

    private final FaqRetriever retriever;
    private final LlmFallback llm;
    private final ConversationProperties properties;
    private final FaqService faq;

    Responder(FaqRetriever retriever, LlmFallback llm, ConversationProperties properties, FaqService faq) {
        this.retriever = retriever;
        this.faq = faq;
        this.llm = llm;
        this.properties = properties;
    }

    /** @param history the conversation's latest turns before the question, at most the given number */
    Answer answer(String question, IntFunction<List<LlmQuestion.Turn>> history) {
        Retrieval retrieval = retriever.retrieve(question);
        Long closest = retrieval.best().map(FaqMatch::entryId).orElse(null);
        if (retrieval.confident()) {
            return fromFaq(retrieval);
        }
        List<Suggestion> related = suggestions(retrieval.matches());
        var context = retrieval.matches().stream()
                .map(m -> new LlmQuestion.Context(m.question(), m.answer())).toList();
        if (!llm.enabled()) {
            return handoff(retrieval, related, closest, HandoffReasons.NO_ANSWER);
        }
        Optional<Answer> chosen = chosenByLlm(question, retrieval);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        var reply = llm.answer(new LlmQuestion(question, history.apply(llm.historyTurns()), context));
        if (reply.isEmpty()) {
            return handoff(retrieval, related, closest, HandoffReasons.LLM_FAILED);
        }
        var a = reply.get();
        if (a.declined()) {
            return new Answer(properties.handoffMessage(), ReplySource.SYSTEM, retrieval.confidence(), related,
                    closest, a.model(), a.tokensIn(), a.tokensOut(), HandoffReasons.LLM_DECLINED);
        }
        return new Answer(a.text(), ReplySource.LLM, retrieval.confidence(), related, closest, a.model(),
                a.tokensIn(), a.tokensOut(), null);
    }

    /**
     * The FAQ's answer if its best entry is confident enough, else empty: an answer that needs nothing of the
     * conversation (no history, no LLM), so it may be worked out before the message is stored.
     */
    Optional<Answer> faqAnswer(String question) {
        Retrieval retrieval = retriever.retrieve(question);
        return retrieval.confident() ? Optional.of(fromFaq(retrieval)) : Optional.empty();
    }

    private Answer fromFaq(Retrieval retrieval) {
        FaqMatch best = retrieval.best().orElseThrow();
        List<Suggestion> related = suggestions(retrieval.matches().subList(1, retrieval.matches().size()));
        return new Answer(best.answer(), ReplySource.FAQ, retrieval.confidence(), related, best.entryId(), null,
                null, null, null);
    }

    /**
     * The LLM chooses among the top five entries before it writes: a pick sends that entry's own vetted answer
     * (source FAQ, with the model recorded as the one that decided it); none goes on to free text.
     */
    private Optional<Answer> chosenByLlm(String question, Retrieval retrieval) {
        List<FaqMatch> top = retrieval.matches().subList(0, Math.min(LLM_CANDIDATES, retrieval.matches().size()));
        return llm.choose(question, top.stream().map(m -> new LlmCandidate(m.entryId(), m.question(), m.answer()))
                        .toList())
                .flatMap(id -> top.stream().filter(m -> m.entryId() == id).findFirst())
                .map(m -> new Answer(m.answer(), ReplySource.FAQ, retrieval.confidence(),
                        suggestions(top.stream().filter(o -> o != m).toList()), m.entryId(), llm.modelName(),
                        null, null, null));
    }

    private Answer handoff(Retrieval retrieval, List<Suggestion> related, Long closest, String reason) {
        return new Answer(properties.handoffMessage(), ReplySource.SYSTEM, retrieval.confidence(), related, closest,
                null, null, null, reason);
    }

    /** Related entries to offer: only those the owner worded, as a customer's question is not the shop's words. */
    private List<Suggestion> suggestions(List<FaqMatch> matches) {
        return matches.stream().filter(m -> faq.ownerWorded(m.entryId()))
                .map(m -> new Suggestion(m.entryId(), m.question(), m.score())).toList();
    }
}
