package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.Retrieval;

/** The FAQ as the policy asks it: the retriever's verdict on a question, and which entries may be offered. */
public interface FaqLookup {

    /** The closest entries and the calibrated decision on them (confident, clarify, neither). */
    Retrieval retrieve(String question);

    /**
     * As {@link #retrieve(String)} for a question in a conversation of {@code language}: in a shop of several
     * languages, that language's entries are asked first.
     */
    default Retrieval retrieve(String question, Locale language) {
        return retrieve(question);
    }

    /**
     * Whether the entry's question was worded by the owner: only those are offered as choices or related questions,
     * as a customer's question is not the shop's words.
     */
    boolean ownerWorded(long entryId);

    /** The entry's question (its title), for the LLM to read a follow-up by; empty when the entry is gone. */
    Optional<String> question(long entryId);

    /**
     * The entry's other wordings: its keywords and the phrasings it is known by, for a reader that asks whether a
     * customer's words agree with the entry; none when the entry is gone or the FAQ keeps none.
     */
    default List<String> wording(long entryId) {
        return List.of();
    }
}
