package org.answerdesk.conversation;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.answerdesk.faq.FaqService;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;
import org.answerdesk.llm.LlmFallback;
import org.answerdesk.llm.LlmQuestion;
import org.springframework.stereotype.Component;

/**
 * The answer decision, three outcomes: the FAQ's answer when its best entry is confident; a clarify reply that
 * offers the few entries the right one is probably among ({@link Retrieval#clarify}); else the LLM fallback, else
 * a polite handoff to a person.
 */
@Component
class Responder {

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
        if (retrieval.confident()) {
            return fromFaq(retrieval);
        }
        if (retrieval.clarify()) {
            List<Suggestion> choices = suggestions(retrieval.choices());
            if (!choices.isEmpty()) {
                return Answer.clarify(clarifyText(choices), retrieval.confidence(), choices, closest(retrieval));
            }
        }
        return fromLlm(question, history, retrieval);
    }

    /**
     * The FAQ's answer if its best entry is confident enough, else empty: an answer that needs nothing of the
     * conversation (no history, no LLM), so it may be worked out before the message is stored.
     */
    Optional<Answer> faqAnswer(String question) {
        Retrieval retrieval = retriever.retrieve(question);
        return retrieval.confident() ? Optional.of(fromFaq(retrieval)) : Optional.empty();
    }

    /** The LLM's answer to a question no FAQ entry fits, or the handoff when there is none or it declines. */
    private Answer fromLlm(String question, IntFunction<List<LlmQuestion.Turn>> history, Retrieval retrieval) {
        List<Suggestion> related = suggestions(retrieval.matches());
        Long closest = closest(retrieval);
        if (!llm.enabled()) {
            return handoff(retrieval, related, closest, HandoffReasons.NO_ANSWER);
        }
        var context = retrieval.matches().stream()
                .map(m -> new LlmQuestion.Context(m.question(), m.answer())).toList();
        var reply = llm.answer(new LlmQuestion(question, history.apply(llm.historyTurns()), context));
        if (reply.isEmpty()) {
            return handoff(retrieval, related, closest, HandoffReasons.LLM_FAILED);
        }
        var a = reply.get();
        if (a.declined()) {
            return Answer.llmDeclined(properties.handoffMessage(), retrieval.confidence(), related, closest,
                    a.model(), a.tokensIn(), a.tokensOut());
        }
        return Answer.llm(a.text(), retrieval.confidence(), related, closest, a.model(), a.tokensIn(), a.tokensOut());
    }

    private Answer fromFaq(Retrieval retrieval) {
        FaqMatch best = retrieval.best().orElseThrow();
        List<Suggestion> related = suggestions(retrieval.matches().subList(1, retrieval.matches().size()));
        return Answer.faq(best.answer(), retrieval.confidence(), best.entryId(), related);
    }

    private Answer handoff(Retrieval retrieval, List<Suggestion> related, Long closest, String reason) {
        return Answer.handoff(properties.handoffMessage(), retrieval.confidence(), related, closest, reason);
    }

    /** The prompt, then the questions numbered, so a channel that shows no buttons still reads well. */
    private String clarifyText(List<Suggestion> choices) {
        StringBuilder text = new StringBuilder(properties.clarifyMessage());
        for (int i = 0; i < choices.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(choices.get(i).question());
        }
        return text.toString();
    }

    private static Long closest(Retrieval retrieval) {
        return retrieval.best().map(FaqMatch::entryId).orElse(null);
    }

    /**
     * Entries to offer (related questions, choices): only those the owner worded, as a customer's question is not
     * the shop's words.
     */
    private List<Suggestion> suggestions(List<FaqMatch> matches) {
        return matches.stream().filter(m -> faq.ownerWorded(m.entryId()))
                .map(m -> new Suggestion(m.entryId(), m.question(), m.score())).toList();
    }
}
