package org.answerdesk.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The neighbouring business as off-topic questions: BANKING77's intents dealt into groups of related intents (every
 * card intent, every transfer intent, ...); in fold k group k is left out of the FAQ and its questions are asked as
 * off-topic, beside far off-topic questions (HWU64's home assistant, Bitext's orders and deliveries). The FAQ has
 * {@value #SHOTS} phrasings per remaining intent: its shortest, or a random five; the in-scope questions are up to
 * {@value #IN_SCOPE_PER_INTENT} of each intent's other phrasings.
 */
final class IntentGroups {

    /** Groups by a word of the intent's name, in this order (an intent goes to the first group that names it). */
    static final List<List<String>> GROUPS = List.of(
            List.of("card"),
            List.of("transfer", "beneficiary", "receiving_money"),
            List.of("top_up", "topping_up"),
            List.of("cash", "atm", "cheque"),
            List.of("exchange", "currenc", "fiat", "country"));
    static final int SHOTS = 5;
    static final int IN_SCOPE_PER_INTENT = 10;
    static final int NEAR_PER_INTENT = 15;
    static final int FAR_PER_SET = 100;

    private IntentGroups() {
    }

    /** The group of an intent (an index into {@link #GROUPS}), or -1 for an intent of none (always in the FAQ). */
    static int groupOf(String intent) {
        String name = intent.toLowerCase(java.util.Locale.ROOT);
        for (int g = 0; g < GROUPS.size(); g++) {
            for (String word : GROUPS.get(g)) {
                if (name.contains(word)) {
                    return g;
                }
            }
        }
        return -1;
    }

    /**
     * The folds: one per group (at most {@code folds}).
     *
     * @param shortest the FAQ's phrasings are each intent's shortest, else a random choice
     * @param far      sets of far off-topic questions, unlabeled, shuffled ({@value #FAR_PER_SET} of each per fold)
     */
    static List<Regimes.Fold> folds(List<LabeledText> banking, List<List<LabeledText>> far, boolean shortest,
                                    int folds) {
        Map<String, List<LabeledText>> byIntent = new LinkedHashMap<>();
        banking.forEach(r -> byIntent.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r));
        List<Regimes.Fold> out = new ArrayList<>();
        for (int k = 0; k < Math.min(folds, GROUPS.size()); k++) {
            Random random = new Random(Splits.SEED + k);
            List<LabeledText> faq = new ArrayList<>();
            List<LabeledText> queries = new ArrayList<>();
            for (Map.Entry<String, List<LabeledText>> intent : byIntent.entrySet()) {
                List<LabeledText> rows = new ArrayList<>(intent.getValue());
                Collections.shuffle(rows, random);
                if (groupOf(intent.getKey()) == k) {
                    rows.subList(0, Math.min(NEAR_PER_INTENT, rows.size()))
                        .forEach(r -> queries.add(new LabeledText(r.text(), LabeledText.NEAR)));
                    continue;
                }
                addEntry(rows, shortest, random, faq, queries);
            }
            addFar(far, k, queries);
            out.add(new Regimes.Fold(FaqFile.of(faq, "banking77"), queries));
        }
        return out;
    }

    /**
     * An intent's {@value #SHOTS} phrasings (its shortest, or the first of its shuffled {@code rows}) into the FAQ,
     * and up to {@value #IN_SCOPE_PER_INTENT} of its other phrasings, shuffled, as in-scope questions.
     */
    static void addEntry(List<LabeledText> rows, boolean shortest, Random random, List<LabeledText> faq,
                         List<LabeledText> queries) {
        if (shortest) {
            rows.sort(Comparator.comparingInt((LabeledText r) -> r.text().length()));
        }
        faq.addAll(rows.subList(0, Math.min(SHOTS, rows.size())));
        List<LabeledText> rest = new ArrayList<>(rows.subList(Math.min(SHOTS, rows.size()), rows.size()));
        Collections.shuffle(rest, random);
        queries.addAll(rest.subList(0, Math.min(IN_SCOPE_PER_INTENT, rest.size())));
    }

    /** Fold k's slice of each far set: {@value #FAR_PER_SET} questions, a different slice each fold. */
    static void addFar(List<List<LabeledText>> far, int k, List<LabeledText> queries) {
        for (List<LabeledText> set : far) {
            int from = Math.min(set.size(), k * FAR_PER_SET);
            queries.addAll(set.subList(from, Math.min(set.size(), from + FAR_PER_SET)));
        }
    }
}
