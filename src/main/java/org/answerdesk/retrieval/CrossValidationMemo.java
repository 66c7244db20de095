package org.answerdesk.retrieval;

import java.util.List;
import java.util.function.Supplier;

/**
 * The last few cross-validations of this JVM, by a digest of everything {@link FaqCrossValidation#run} reads: the
 * dimensions, the choices, every entry's fields and every phrasing's entry, text and vector, in order. The run is a
 * deterministic function of these (seeded training, no threads), so a hit is the result a new run would give. An
 * index rebuilt from the same FAQ and vectors (a reload, another app of the same JVM) is then not cross-validated
 * again.
 */
final class CrossValidationMemo {

    /** Results kept; each is a few trials per phrasing. */
    static final int SIZE = 4;

    private static final DigestMemo<FaqCrossValidation.Result> RESULTS = new DigestMemo<>(SIZE);

    private CrossValidationMemo() {
    }

    /** The result kept for these inputs, or {@code run}'s, then kept. */
    static FaqCrossValidation.Result get(int dimensions, List<FaqEntry> entries, List<FaqIndex.Phrasing> phrasings,
                                         int choices, Supplier<FaqCrossValidation.Result> run) {
        return RESULTS.get(key(dimensions, entries, phrasings, choices), run);
    }

    static String key(int dimensions, List<FaqEntry> entries, List<FaqIndex.Phrasing> phrasings, int choices) {
        return new InputDigest().number(dimensions).number(choices).entries(entries).phrasings(phrasings).hex();
    }
}
