package org.answerdesk.retrieval;

import java.util.List;
import java.util.Map;

/**
 * A shop of four entries, one phrasing each, as the far gate reads it, and a lookup whose head is sure of the first
 * entry: what is left to decide a question is the gate's reading of its words.
 */
final class FourEntryShop {

    private FourEntryShop() {
    }

    static OffTopic gate(String language, String first, String second, String third, String fourth) {
        FarGate gate = FarGate.of(Map.of(1L, List.of(first), 2L, List.of(second), 3L, List.of(third), 4L,
                List.of(fourth)), language);
        return new OffTopic(List.of(new float[] {0, 1}), List.of()).withGate(gate);
    }

    /** The head sure of its first entry (0.98), confident, choices possible; the background far ({0, 1}). */
    static FaqIndex.Ranking sure(OffTopic offTopic, String text) {
        FaqIndex.Ranking r = new FaqIndex.Ranking(List.of(new FaqMatch(1, "q1", "a1", 0.6),
                new FaqMatch(2, "q2", "a2", 0.4)), 0.9, 3, 0.6, List.of(0.98, 0.02));
        return offTopic.judge(r, new float[] {1, 0}, text);
    }
}
