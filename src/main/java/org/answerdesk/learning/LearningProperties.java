package org.answerdesk.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Learning from the customers' picks among the bot's choices ({@code answerdesk.faq.learn-*}).
 *
 * @param learnFromPicks         AUTO: a customer's question becomes a phrasing of the entry they picked once
 *                               {@code learnMinConversations} independent conversations picked that entry for
 *                               near-identical questions, with no thumbs-down on the answer and no request for a
 *                               person after it (a later one takes the phrasing back); REVIEW: such pairs wait for an
 *                               owner's approval on the admin page; OFF: picks are only recorded
 * @param learnMinConversations  how many conversations (of different customers) must agree before a pair is learned.
 *                               1 by default: in the learning replay (docs/retrieval.md) two agreeing customers let
 *                               almost nothing through, as customers seldom ask near-identical questions; the caps
 *                               below bound what one customer, or a day, can teach
 * @param learnSimilarity        how close (cosine, with the configured model) two questions must be to count as the
 *                               same question; questions equal once lower-cased without punctuation always count
 * @param learnMaxPerCustomerPerDay pairs one customer's picks alone may teach in 24 hours; further ones wait for
 *                               another customer to agree
 * @param learnMaxPerDay         pairs learned (or put up for review) in 24 hours in all; further ones wait
 */
@ConfigurationProperties("answerdesk.faq")
public record LearningProperties(
        @DefaultValue("AUTO") Mode learnFromPicks,
        @DefaultValue("1") int learnMinConversations,
        @DefaultValue("0.9") double learnSimilarity,
        @DefaultValue("3") int learnMaxPerCustomerPerDay,
        @DefaultValue("50") int learnMaxPerDay) {

    public enum Mode { AUTO, REVIEW, OFF }

    public LearningProperties {
        if (learnMinConversations < 1) {
            throw new IllegalArgumentException("answerdesk.faq.learn-min-conversations must be at least 1");
        }
        if (learnMaxPerCustomerPerDay < 0 || learnMaxPerDay < 0) {
            throw new IllegalArgumentException("answerdesk.faq.learn-max-per-customer-per-day and learn-max-per-day "
                    + "must not be negative");
        }
        if (learnSimilarity <= 0 || learnSimilarity > 1) {
            throw new IllegalArgumentException("answerdesk.faq.learn-similarity must be in (0, 1]");
        }
    }
}
