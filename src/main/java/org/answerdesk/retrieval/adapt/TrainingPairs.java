package org.answerdesk.retrieval.adapt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The training pairs of an adaptation, as rows [anchor, positive, negative-or-null, entry id, negative's entry id
 * or null], and their batches.
 */
final class TrainingPairs {

    private TrainingPairs() {
    }

    /**
     * Per epoch, each phrasing with {@code pairsPerPhrasing} other phrasings of its entry, shuffled; epochs follow
     * each other, cut at {@code maxPairs} in all. The negative is a question a customer rejected the entry's answer
     * for (if any), else the phrasing's entry in {@code hard} ({@link #nearestOtherEntry}), else none.
     */
    static List<String[]> pairs(List<EncoderTraining.Example> examples, EncoderTraining.Options options,
                                Map<String, String[]> hard) {
        Random random = new Random(options.seed());
        List<String[]> all = new ArrayList<>();
        for (int epoch = 0; epoch < options.epochs() && all.size() < options.maxPairs(); epoch++) {
            List<String[]> pairs = new ArrayList<>();
            for (EncoderTraining.Example e : examples) {
                List<String> ps = e.phrasings();
                if (ps.size() < 2) {
                    continue;
                }
                for (int i = 0; i < ps.size(); i++) {
                    List<String> others = new ArrayList<>(ps);
                    others.remove(i);
                    for (int k = 0; k < options.pairsPerPhrasing(); k++) {
                        if (k % others.size() == 0) { // each positive once before any twice
                            Collections.shuffle(others, random);
                        }
                        String[] negative = e.rejectedQuestions().isEmpty()
                                ? hard.getOrDefault(key(e.entryId(), ps.get(i)), new String[2])
                                : new String[] {e.rejectedQuestions().get(random.nextInt(e.rejectedQuestions().size())),
                                    null};
                        pairs.add(new String[] {ps.get(i), others.get(k % others.size()), negative[0],
                            Long.toString(e.entryId()), negative[1]});
                    }
                }
            }
            Collections.shuffle(pairs, random);
            all.addAll(pairs.subList(0, Math.min(pairs.size(), options.maxPairs() - all.size())));
        }
        return all;
    }

    /**
     * For every phrasing (keyed by {@link #key}), the closest phrasing of another entry and that entry's id, under
     * {@code vectors} (unit vectors of a list of texts, in order).
     */
    static Map<String, String[]> nearestOtherEntry(List<EncoderTraining.Example> examples,
                                                   Function<List<String>, List<float[]>> vectors) {
        List<String> texts = new ArrayList<>();
        List<Long> entries = new ArrayList<>();
        for (EncoderTraining.Example e : examples) {
            for (String p : e.phrasings()) {
                texts.add(p);
                entries.add(e.entryId());
            }
        }
        List<float[]> v = vectors.apply(texts);
        Map<String, String[]> nearest = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            int best = -1;
            double bestCosine = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < texts.size(); j++) {
                if (entries.get(j).equals(entries.get(i))) {
                    continue;
                }
                double cosine = 0;
                for (int d = 0; d < v.get(i).length; d++) {
                    cosine += v.get(i)[d] * v.get(j)[d];
                }
                if (cosine > bestCosine) {
                    bestCosine = cosine;
                    best = j;
                }
            }
            if (best >= 0) {
                nearest.put(key(entries.get(i), texts.get(i)), new String[] {texts.get(best),
                    Long.toString(entries.get(best))});
            }
        }
        return nearest;
    }

    /**
     * The off-topic questions an adaptation may push away: those with no phrasing of the FAQ at cosine
     * {@value #ANSWERED} or more under {@code vectors} (the FAQ answers those; the index drops them from its
     * background by the same rule).
     */
    static List<String> notAnswered(List<EncoderTraining.Example> examples, List<String> offTopic,
                                    Function<List<String>, List<float[]>> vectors) {
        List<String> phrasings = new ArrayList<>();
        examples.forEach(e -> phrasings.addAll(e.phrasings()));
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(offTopic));
        List<float[]> p = vectors.apply(phrasings);
        List<float[]> q = vectors.apply(distinct);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            double closest = Double.NEGATIVE_INFINITY;
            for (float[] v : p) {
                double cosine = 0;
                for (int d = 0; d < v.length; d++) {
                    cosine += v[d] * q.get(i)[d];
                }
                closest = Math.max(closest, cosine);
            }
            if (closest < ANSWERED) {
                kept.add(distinct.get(i));
            }
        }
        return kept;
    }

    /** {@code OffTopic.SAME}: a question this near to a phrasing is one the FAQ answers. */
    static final double ANSWERED = 0.8;

    /**
     * The off-topic questions of each of {@code steps} steps, {@code perStep} each (at most all of them): drawn in a
     * seeded shuffled order, shuffled anew when it runs out; none twice in a step.
     */
    static List<List<String>> perStep(List<String> offTopic, int steps, int perStep, long seed) {
        if (offTopic.isEmpty() || perStep == 0) {
            return List.of();
        }
        int n = Math.min(perStep, offTopic.size());
        Random random = new Random(seed ^ 0x6f66665f746f7069L);
        List<String> order = new ArrayList<>(offTopic);
        Collections.shuffle(order, random);
        int next = 0;
        List<List<String>> out = new ArrayList<>(steps);
        for (int s = 0; s < steps; s++) {
            if (next + n > order.size()) { // a fresh order rather than a step with one question twice
                Collections.shuffle(order, random);
                next = 0;
            }
            out.add(List.copyOf(order.subList(next, next + n)));
            next += n;
        }
        return out;
    }

    static String key(long entryId, String phrasing) {
        return entryId + "\n" + phrasing;
    }

    /**
     * Batches in which no entry appears twice (another phrasing of the anchor's own entry is no negative) and every
     * pair's entry is of one group ({@link #group}: one shop of a corpus of several shops, whose customers confuse
     * the entries of their own shop, not another's); an FAQ's own ids are all of group 0.
     */
    static List<List<String[]>> batches(List<String[]> pairs, int size) {
        List<List<String[]>> batches = new ArrayList<>();
        List<String[]> waiting = new ArrayList<>(pairs);
        while (!waiting.isEmpty()) {
            List<String[]> batch = new ArrayList<>();
            Set<String> entries = new HashSet<>();
            List<String[]> rest = new ArrayList<>();
            long group = group(waiting.get(0)[3]);
            for (String[] p : waiting) {
                if (batch.size() < size && group(p[3]) == group && entries.add(p[3])) {
                    batch.add(p);
                } else {
                    rest.add(p);
                }
            }
            if (batch.size() > 1) {
                batches.add(batch);
            } else if (rest.stream().allMatch(p -> group(p[3]) == group)) {
                break; // one entry left: no negatives to learn from
            }
            waiting = rest;
        }
        return batches;
    }

    /** The group of an entry id: its upper 32 bits (0 for an FAQ's own ids). */
    static long group(String entryId) {
        return Long.parseLong(entryId) >>> 32;
    }
}
