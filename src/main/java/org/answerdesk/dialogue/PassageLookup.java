package org.answerdesk.dialogue;

import org.answerdesk.retrieval.PassageRetrieval;

/** The shop's own pages and files, as the policy asks them. */
public interface PassageLookup {

    /** The passages closest to the question, with the calibrated decision on the best. */
    PassageRetrieval search(String question);

    /** Whether there are any passages at all (no knowledge source, no search). */
    default boolean any() {
        return true;
    }

    /** How many passages the LLM is given with a question. */
    int llmPassages();

    /** No knowledge sources: nothing is ever found. */
    PassageLookup NONE = new PassageLookup() {
        @Override
        public PassageRetrieval search(String question) {
            return new PassageRetrieval(java.util.List.of(), 0, 1);
        }

        @Override
        public int llmPassages() {
            return 0;
        }

        @Override
        public boolean any() {
            return false;
        }
    };
}
