package org.answerdesk.conversation;

import java.util.List;

import org.answerdesk.faq.FaqMatch;
import org.answerdesk.faq.FaqRetriever;
import org.answerdesk.faq.Retrieval;
import org.answerdesk.llm.LlmFallback;
import org.answerdesk.llm.LlmQuestion;
import org.springframework.stereotype.Component;

/**
 * The answer decision: the FAQ when its best entry scores at or above the threshold, else the LLM fallback, else
 * a polite handoff to a person.
 */
@Component
class Responder {

    private final FaqRetriever retriever;
    private final LlmFallback llm;
    private final ConversationProperties properties;

    Responder(FaqRetriever retriever, LlmFallback llm, ConversationProperties properties) {
        this.retriever = retriever;
        this.llm = llm;
        this.properties = properties;
    }

    Answer answer(String question, List<LlmQuestion.Turn> history) {
        Retrieval retrieval = retriever.retrieve(question);
        Long closest = retrieval.best().map(FaqMatch::entryId).orElse(null);
        if (retrieval.confident()) {
            FaqMatch best = retrieval.best().orElseThrow();
            List<Suggestion> related = suggestions(retrieval.matches().subList(1, retrieval.matches().size()));
            return new Answer(best.answer(), ReplySource.FAQ, retrieval.confidence(), related, best.entryId(), null,
                    null, null, false);
        }
        List<Suggestion> related = suggestions(retrieval.matches());
        var context = retrieval.matches().stream()
                .map(m -> new LlmQuestion.Context(m.question(), m.answer())).toList();
        return llm.answer(new LlmQuestion(question, history, context))
                .map(a -> new Answer(a.text(), ReplySource.LLM, retrieval.confidence(), related, closest, a.model(),
                        a.tokensIn(), a.tokensOut(), false))
                .orElseGet(() -> new Answer(properties.handoffMessage(), ReplySource.SYSTEM, retrieval.confidence(),
                        related, closest, null, null, null, true));
    }

    private static List<Suggestion> suggestions(List<FaqMatch> matches) {
        return matches.stream().map(m -> new Suggestion(m.entryId(), m.question(), m.score())).toList();
    }
}
