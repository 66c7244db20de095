package org.answerdesk.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small business's FAQ, the size of issue 42's (18 or 38 entries): in fold k a random choice of that many of a
 * data set's intents (BANKING77's, Bitext's) makes the FAQ, {@value #SHOTS} phrasings each (their shortest, or a
 * random five), asked up to {@value #IN_SCOPE_PER_INTENT} of each entry's other phrasings; {@value #NEAR_INTENTS} of
 * the other intents give {@value #NEAR_PER_INTENT} questions each as the neighbouring business's (labelled
 * {@code near}: the same business's questions the FAQ has no entry for), and far off-topic questions come from other
 * data sets.
 */
final class SmallFaqs {

    static final int SHOTS = IntentGroups.SHOTS;
    static final int IN_SCOPE_PER_INTENT = IntentGroups.IN_SCOPE_PER_INTENT;
    static final int NEAR_INTENTS = 20;
    static final int NEAR_PER_INTENT = 10;
    static final int FAR_PER_SET = IntentGroups.FAR_PER_SET;

    private SmallFaqs() {
    }

    /**
     * The folds.
     *
     * @param entries  the FAQ's number of entries (intents)
     * @param shortest the FAQ's phrasings are each intent's shortest, else a random choice
     * @param far      sets of far off-topic questions, unlabeled, shuffled ({@value #FAR_PER_SET} of each per fold)
     */
    static List<Regimes.Fold> folds(List<LabeledText> labelled, List<List<LabeledText>> far, int entries,
                                    boolean shortest, int folds) {
        Map<String, List<LabeledText>> byIntent = new LinkedHashMap<>();
        labelled.forEach(r -> byIntent.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r));
        if (entries >= byIntent.size()) {
            throw new IllegalArgumentException("an FAQ of " + entries + " entries and a neighbour need more than "
                    + byIntent.size() + " intents");
        }
        List<Regimes.Fold> out = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            Random random = new Random(Splits.SEED + k);
            List<String> intents = new ArrayList<>(byIntent.keySet());
            Collections.shuffle(intents, random);
            List<LabeledText> faq = new ArrayList<>();
            List<LabeledText> queries = new ArrayList<>();
            for (String intent : intents.subList(0, entries)) {
                List<LabeledText> rows = new ArrayList<>(byIntent.get(intent));
                Collections.shuffle(rows, random);
                IntentGroups.addEntry(rows, shortest, random, faq, queries);
            }
            for (String intent : intents.subList(entries, Math.min(intents.size(), entries + NEAR_INTENTS))) {
                List<LabeledText> rows = new ArrayList<>(byIntent.get(intent));
                Collections.shuffle(rows, random);
                rows.subList(0, Math.min(NEAR_PER_INTENT, rows.size()))
                    .forEach(r -> queries.add(new LabeledText(r.text(), LabeledText.NEAR)));
            }
            IntentGroups.addFar(far, k, queries);
            out.add(new Regimes.Fold(FaqFile.of(faq, "small"), queries));
        }
        return out;
    }
}
