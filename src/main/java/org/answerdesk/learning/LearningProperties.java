package org.answerdesk.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Learning from the customers' picks among the bot's choices ({@code answerdesk.faq.learn-*}).
 *
 * @param learnFromPicks         AUTO: a customer's question becomes a phrasing of the entry they picked once
 *                               {@code learnMinConversations} independent conversations picked that entry for
 *                               near-identical questions, with no thumbs-down on the answer and no request for a
 *                               person after it; REVIEW: such pairs wait for an owner's approval on the admin page;
 *                               OFF: picks are only recorded
 * @param learnMinConversations  how many conversations (of different customers) must agree before a pair is learned
 *                               (1 lets a single customer change the FAQ: only sensible with REVIEW)
 * @param learnSimilarity        how close (cosine, with the configured model) two questions must be to count as the
 *                               same question; questions equal once lower-cased without punctuation always count
 */
@ConfigurationProperties("answerdesk.faq")
public record LearningProperties(
        @DefaultValue("AUTO") Mode learnFromPicks,
        @DefaultValue("2") int learnMinConversations,
        @DefaultValue("0.9") double learnSimilarity) {

    public enum Mode { AUTO, REVIEW, OFF }

    public LearningProperties {
        if (learnMinConversations < 1) {
            throw new IllegalArgumentException("answerdesk.faq.learn-min-conversations must be at least 1");
        }
        if (learnSimilarity <= 0 || learnSimilarity > 1) {
            throw new IllegalArgumentException("answerdesk.faq.learn-similarity must be in (0, 1]");
        }
    }
}
