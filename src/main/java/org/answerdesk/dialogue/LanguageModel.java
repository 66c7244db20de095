package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.llm.LlmAnswer;
import org.answerdesk.llm.LlmCandidate;
import org.answerdesk.llm.LlmFollowUp;
import org.answerdesk.llm.LlmQuestion;

/** The LLM fallback as the policy asks it ({@code org.answerdesk.llm.LlmFallback} behind it in the app). */
public interface LanguageModel {

    /** Whether an LLM is configured at all. */
    boolean enabled();

    /** The candidate the model picks as fitting the question; empty when none fits or the call failed. */
    Optional<Long> choose(String question, List<LlmCandidate> candidates);

    /** The model's answer, or its refusal ({@link LlmAnswer#declined}); empty when the call failed. */
    Optional<LlmAnswer> answer(LlmQuestion question);

    /** How many earlier turns of the conversation the model is given. */
    int historyTurns();

    /**
     * The follow-up rewritten into a question that stands alone; empty when rewrites are not wanted, or the call
     * failed, timed out or gave no usable question (the policy then reads the follow-up without the model).
     */
    Optional<String> rewrite(LlmFollowUp followUp);

    /** The number under which the {@code index}-th passage of the question is given, for citations. */
    int citationNumber(LlmQuestion question, int index);

    /** The configured model's name, recorded with the answers it decided. */
    String modelName();

    /** No LLM configured. */
    LanguageModel NONE = new LanguageModel() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public Optional<Long> choose(String question, List<LlmCandidate> candidates) {
            return Optional.empty();
        }

        @Override
        public Optional<LlmAnswer> answer(LlmQuestion question) {
            return Optional.empty();
        }

        @Override
        public int historyTurns() {
            return 0;
        }

        @Override
        public Optional<String> rewrite(LlmFollowUp followUp) {
            return Optional.empty();
        }

        @Override
        public int citationNumber(LlmQuestion question, int index) {
            return index + 1;
        }

        @Override
        public String modelName() {
            return null;
        }
    };
}
