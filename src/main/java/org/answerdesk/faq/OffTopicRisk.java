package org.answerdesk.faq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.OffTopic;

/**
 * How the FAQ treats questions it does not cover, estimated on the held-out half of the shipped off-topic questions
 * (customer questions of many businesses, never in the index): how many it would answer (each a wrong answer) or
 * offer choices for, and the entries that draw those answers. Part of the FAQ health report.
 *
 * @param asked        held-out off-topic questions asked
 * @param answered     of them, answered directly (a wrong answer)
 * @param shownChoices of them, offered choices
 * @param attracting   the entries that would answer them, most first, with examples
 * @param review       for the owner to review: the shipped off-topic questions in the index (which the bot weighs
 *                     questions against as not the shop's) that come nearest the FAQ's entries, nearest first. If
 *                     the shop does answer one, it belongs as a phrasing of its entry, and then stops counting as
 *                     off-topic for this FAQ.
 * @param adaptation   the last check of a model adapted to the FAQ against the configured model (null: none yet)
 */
public record OffTopicRisk(int asked, int answered, int shownChoices, List<Attraction> attracting,
                           List<NearEntry> review, ServeCheck adaptation) {

    /** Examples listed per attracting entry, and entries listed. */
    static final int EXAMPLES = 3;
    static final int ENTRIES = 5;
    /** Questions listed for review. */
    static final int REVIEW = 10;

    /** An entry that would answer off-topic questions, and some of them. */
    public record Attraction(long entryId, String question, int answered, List<String> examples) {
    }

    /** A question treated as not the shop's, the entry it comes nearest, and how near (the entry's score). */
    public record NearEntry(String text, long entryId, String question, double score) {
    }

    /**
     * An adapted model's check: served unless it answers more of the held-out off-topic questions the FAQ does not
     * cover than the configured model does, beyond chance ({@link org.answerdesk.retrieval.OffTopic.Check}).
     *
     * @param passed            whether it answered no more of them than the configured model (beyond chance)
     * @param served            whether the adapted model was served (a failed check refuses it only with
     *                          {@code answerdesk.faq.adapt-refuse-off-topic})
     * @param answeredConfigured held-out off-topic questions the configured model's index answers
     * @param answeredAdapted   the same for the adapted model's index, at the configured threshold
     * @param answerThreshold   the confidence the adapted model answers at when served: the configured threshold, or
     *                          above it as far as it takes to answer no more of the questions than the configured
     *                          model ({@link org.answerdesk.retrieval.OffTopic.Check#fittedThreshold})
     * @param clarifyThreshold  the clarify threshold the adapted model offers choices at when served: the configured
     *                          one, or above it as far as it takes to offer choices for no more of the questions than
     *                          the configured model
     *                          ({@link org.answerdesk.retrieval.OffTopic.Check#fittedClarifyThreshold})
     */
    public record ServeCheck(boolean passed, boolean served, String fingerprint, int asked, int answeredConfigured,
                             int answeredAdapted, double answerThreshold, double clarifyThreshold, Instant at) {

        /** The factor on the served index's confidences under {@code threshold} ({@link OffTopic#scale}). */
        double confidenceScale(double threshold) {
            return OffTopic.scale(threshold, answerThreshold);
        }

        /** The factor on its clarify estimates under the setting {@code clarifyThreshold}. */
        double choiceScale(double clarifyThreshold) {
            return OffTopic.scale(clarifyThreshold, this.clarifyThreshold);
        }
    }

    /** This estimate with the last adapted model's check (read when the report is asked for). */
    OffTopicRisk withAdaptation(ServeCheck check) {
        return new OffTopicRisk(asked, answered, shownChoices, attracting, review, check);
    }

    /** The share of held-out off-topic questions answered (0 when none were asked). */
    public double answeredRate() {
        return asked == 0 ? 0 : (double) answered / asked;
    }

    /** The share of held-out off-topic questions offered choices. */
    public double shownChoicesRate() {
        return asked == 0 ? 0 : (double) shownChoices / asked;
    }

    /** Asks {@code index} every question at the bot's thresholds. */
    static OffTopicRisk of(FaqIndex index, List<String> texts, List<float[]> vectors, double threshold,
                           double clarifyThreshold, int choices, List<NearEntry> review, ServeCheck adaptation) {
        int answered = 0;
        int shown = 0;
        Map<Long, List<String>> byEntry = new LinkedHashMap<>();
        Map<Long, String> questionOf = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            FaqIndex.Ranking r = index.rank(texts.get(i), vectors.get(i), 1, Set.of(), choices);
            if (r.matches().isEmpty()) {
                continue;
            }
            if (r.confidence() >= threshold) {
                answered++;
                long id = r.matches().get(0).entryId();
                byEntry.computeIfAbsent(id, k -> new ArrayList<>()).add(texts.get(i));
                questionOf.put(id, r.matches().get(0).question());
            } else if (r.inTopK() >= clarifyThreshold) {
                shown++;
            }
        }
        List<Attraction> attracting = byEntry.entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<Long, List<String>> e) -> -e.getValue().size()))
            .limit(ENTRIES)
            .map(e -> new Attraction(e.getKey(), questionOf.get(e.getKey()), e.getValue().size(),
                    e.getValue().subList(0, Math.min(EXAMPLES, e.getValue().size()))))
            .toList();
        return new OffTopicRisk(texts.size(), answered, shown, attracting, review, adaptation);
    }

    /**
     * The {@code limit} of {@code texts} (the index's own off-topic questions) nearest an entry of {@code index},
     * nearest first; those the FAQ has a near-paraphrase of are left out, as the index leaves them out.
     */
    static List<NearEntry> review(FaqIndex index, List<String> texts, List<float[]> vectors, int limit) {
        List<NearEntry> near = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            FaqIndex.Ranking r = index.rank(texts.get(i), vectors.get(i), 1, Set.of(), 1);
            if (!r.matches().isEmpty() && r.matches().get(0).score() < OffTopic.SAME) {
                var best = r.matches().get(0);
                near.add(new NearEntry(texts.get(i), best.entryId(), best.question(), best.score()));
            }
        }
        near.sort(Comparator.comparingDouble(NearEntry::score).reversed());
        return List.copyOf(near.subList(0, Math.min(limit, near.size())));
    }
}
