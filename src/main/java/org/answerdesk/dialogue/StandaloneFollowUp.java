package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.Optional;

import org.answerdesk.llm.LlmFollowUp;

/**
 * A follow-up made to stand alone by the LLM before the FAQ is asked, as QnABot and Copilot Studio do: "and to the
 * UK?" after "How long does delivery take?" becomes "How long does delivery to the UK take?". The model is given the
 * customer's previous question and the question of the entry the bot answered it with; the rewrite is answered only
 * when the FAQ is confident of it (or a page names what it names). Otherwise, and without an LLM, the policy reads
 * the follow-up with the previous question itself. A message the act phrasings are sure is small talk is never sent,
 * nor one that follows an act ("thanks") rather than a question.
 */
final class StandaloneFollowUp {

    private final Questions questions;
    private final FaqLookup faq;
    private final LanguageModel llm;
    private final ActIndex acts;

    StandaloneFollowUp(Questions questions, FaqLookup faq, LanguageModel llm, ActIndex acts) {
        this.questions = questions;
        this.faq = faq;
        this.llm = llm;
        this.acts = acts;
    }

    /**
     * The answer to the rewrite of {@code message} (less greetings and sign-off) when the FAQ is confident of it;
     * empty without an LLM, for small talk, or when the rewrite failed or is not confident.
     */
    Optional<Action> answer(String message, LastReply previous, Locale language) {
        if (!llm.enabled()) {
            return Optional.empty();
        }
        Acts.Reading before = Acts.read(previous.question(), language);
        if (before.onlyAct() || sureAct(message, language)) {
            return Optional.empty();
        }
        String entry = previous.entryId() == null ? null : faq.question(previous.entryId()).orElse(null);
        return llm.rewrite(new LlmFollowUp(message, Cleanup.withoutWrapping(before.question(), language), entry))
                .flatMap(rewrite -> questions.confident(questions.retrieve(Cleanup.forLookup(rewrite, language), language))
                        .map(a -> questions.orNamedPassage((Action.FaqAnswer) a, Cleanup.withoutWrapping(rewrite, language))));
    }

    /** Whether the act phrasings are as sure of the message as the policy needs to answer an act itself. */
    private boolean sureAct(String message, Locale language) {
        ActIndex.Verdict verdict = acts.in(language).verdict(message);
        return verdict.act().isPresent() && verdict.actSimilarity() >= FreeFormActs.SURE_WITH_LLM;
    }
}
