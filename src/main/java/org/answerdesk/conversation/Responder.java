package org.answerdesk.conversation;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.answerdesk.faq.FaqService;
import org.answerdesk.knowledge.KnowledgeSearch;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageRetrieval;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;
import org.answerdesk.llm.LlmCandidate;
import org.answerdesk.llm.LlmFallback;
import org.answerdesk.llm.LlmQuestion;
import org.springframework.stereotype.Component;

/**
 * The answer decision: the FAQ's answer when its best entry is confident; a clarify reply that offers the few
 * entries the right one is probably among ({@link Retrieval#clarify}); else the LLM fallback with the closest FAQ
 * entries and knowledge passages, which must cite what it used; without an LLM (or when it fails) a passage of the
 * shop's pages that answers confidently; else a polite handoff to a person.
 */
@Component
class Responder {

    /** How many of the closest entries the LLM may choose from. */
    private static final int LLM_CANDIDATES = 5;

    private final FaqRetriever retriever;
    private final LlmFallback llm;
    private final ConversationProperties properties;
    private final FaqService faq;
    private final KnowledgeSearch knowledge;

    Responder(FaqRetriever retriever, LlmFallback llm, ConversationProperties properties, FaqService faq,
              KnowledgeSearch knowledge) {
        this.retriever = retriever;
        this.knowledge = knowledge;
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
        // a passage that answers confidently goes before "did you mean": it is the shop's own answer
        PassageRetrieval passages = knowledge.search(question);
        if (retrieval.clarify() && !passages.confident()) {
            List<Suggestion> choices = suggestions(retrieval.choices());
            if (!choices.isEmpty()) {
                return Answer.clarify(clarifyText(choices), retrieval.confidence(), choices, closest(retrieval));
            }
        }
        return fromLlm(question, history, retrieval, passages);
    }

    /**
     * The FAQ's answer if its best entry is confident enough, else empty: an answer that needs nothing of the
     * conversation (no history, no LLM), so it may be worked out before the message is stored.
     */
    Optional<Answer> faqAnswer(String question) {
        Retrieval retrieval = retriever.retrieve(question);
        return retrieval.confident() ? Optional.of(fromFaq(retrieval)) : Optional.empty();
    }

    /**
     * The LLM's answer to a question no FAQ entry fits, with the closest passages; without an LLM, or when it
     * fails, a confident passage; else the handoff.
     */
    private Answer fromLlm(String question, IntFunction<List<LlmQuestion.Turn>> history, Retrieval retrieval,
                           PassageRetrieval passages) {
        List<Suggestion> related = suggestions(retrieval.matches());
        Long closest = closest(retrieval);
        if (!llm.enabled()) {
            return passages.confident() ? fromPassage(passages, related)
                    : handoff(retrieval, related, closest, HandoffReasons.NO_ANSWER);
        }
        Optional<Answer> chosen = chosenByLlm(question, retrieval);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        List<Passage> given = passages.top(knowledge.llmPassages());
        var context = retrieval.matches().stream()
                .map(m -> new LlmQuestion.Context(m.question(), m.answer())).toList();
        var asked = new LlmQuestion(question, history.apply(llm.historyTurns()), context,
                given.stream().map(p -> new LlmQuestion.Source(p.title(), p.text())).toList());
        var reply = llm.answer(asked);
        if (reply.isEmpty()) {
            return passages.confident() ? fromPassage(passages, related)
                    : handoff(retrieval, related, closest, HandoffReasons.LLM_FAILED);
        }
        var a = reply.get();
        if (a.declined()) {
            return Answer.llmDeclined(properties.handoffMessage(), retrieval.confidence(), related, closest,
                    a.model(), a.tokensIn(), a.tokensOut());
        }
        String text = a.text();
        if (!given.isEmpty()) {
            // with passages the model must cite what it used: an answer citing nothing given is not sent
            Optional<String> cited = PassageAnswers.cited(text, llm.citationNumber(asked, 0), given);
            if (cited.isEmpty()) {
                return new Answer(properties.handoffMessage(), ReplySource.SYSTEM, retrieval.confidence(), related,
                        closest, a.model(), a.tokensIn(), a.tokensOut(), HandoffReasons.LLM_UNCITED);
            }
            text = cited.get();
        }
        return Answer.llm(text, retrieval.confidence(), related, closest, a.model(), a.tokensIn(), a.tokensOut());
    }

    private static Answer fromPassage(PassageRetrieval passages, List<Suggestion> related) {
        return Answer.knowledge(PassageAnswers.offer(passages.best().orElseThrow()), passages.confidence(), related);
    }

    private Answer fromFaq(Retrieval retrieval) {
        FaqMatch best = retrieval.best().orElseThrow();
        List<Suggestion> related = suggestions(retrieval.matches().subList(1, retrieval.matches().size()));
        return Answer.faq(best.answer(), retrieval.confidence(), best.entryId(), related);
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
                .map(m -> Answer.chosenByLlm(m.answer(), retrieval.confidence(), m.entryId(),
                        suggestions(top.stream().filter(o -> o != m).toList()), llm.modelName()));
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
