package org.answerdesk.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A source's passages, given in order, cut into the batches the LLM drafts from ({@link SourceDrafts}): at most
 * {@link #BATCH_CHARS} characters each (a longer passage is a batch alone), {@link #MAX_BATCHES} batches at most.
 */
final class DraftBatches {

    static final int BATCH_CHARS = 6000;
    static final int MAX_BATCHES = 8;

    private final List<List<DraftRuns.SourcePassage>> out = new ArrayList<>();
    private List<DraftRuns.SourcePassage> current = new ArrayList<>();
    private int chars;

    /** The passages cut into batches. */
    static List<List<DraftRuns.SourcePassage>> of(List<DraftRuns.SourcePassage> passages) {
        DraftBatches batches = new DraftBatches();
        for (var p : passages) {
            if (!batches.add(p)) {
                break;
            }
        }
        return batches.done();
    }

    /** Takes the next passage; false once the batches are full, and this passage and the rest are left out. */
    boolean add(DraftRuns.SourcePassage p) {
        if (!current.isEmpty() && chars + p.text().length() > BATCH_CHARS) {
            out.add(current);
            current = new ArrayList<>();
            chars = 0;
            if (out.size() == MAX_BATCHES) {
                return false;
            }
        }
        current.add(p);
        chars += p.text().length();
        return true;
    }

    /** The batches, the last one included. */
    List<List<DraftRuns.SourcePassage>> done() {
        if (!current.isEmpty()) {
            out.add(current);
            current = new ArrayList<>();
        }
        return out;
    }
}
