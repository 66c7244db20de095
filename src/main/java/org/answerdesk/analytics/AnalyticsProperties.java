package org.answerdesk.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Analytics settings ({@code answerdesk.analytics.*}).
 *
 * @param llmInputPricePer1k  price of 1,000 LLM input tokens, for the cost figure (0 = not shown as a cost)
 * @param llmOutputPricePer1k price of 1,000 LLM output tokens
 * @param currency            the currency of the LLM prices
 * @param groupSimilarity     cosine similarity at which two unanswered questions count as the same topic
 * @param assumedResolutionAfter how long after the bot's last answer a conversation in which the customer wrote no
 *                            further question counts as an assumed resolution (and a question after that as reopened)
 */
@ConfigurationProperties("answerdesk.analytics")
public record AnalyticsProperties(
        @DefaultValue("0") double llmInputPricePer1k,
        @DefaultValue("0") double llmOutputPricePer1k,
        @DefaultValue("USD") String currency,
        @DefaultValue("0.75") double groupSimilarity,
        @DefaultValue("1h") java.time.Duration assumedResolutionAfter) {
}
