package org.answerdesk.satisfaction;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Satisfaction ratings ({@code answerdesk.csat.*}, e.g. {@code ANSWERDESK_CSAT_ENABLED}).
 *
 * @param enabled      whether a resolved handoff asks the customer for a rating, at most once per conversation:
 *                     Telegram and Slack buttons, chips in the web chat and widget, five signed links in email
 * @param question     the text of the request; the channel adds the scores 1-5 as buttons, chips or links. In the
 *                     shop's default language (the text {@code csat.question}; other languages, and this one when unset, read their bundle)
 * @param thanks       what the customer is shown after choosing a score, in the default language ({@code csat.thanks}; unset:
 *                     the bundle's)
 * @param expiresAfter how long a request accepts a score; a later score (and one for an unknown request, or from
 *                     someone else than the conversation's customer) is refused and not stored
 */
@ConfigurationProperties("answerdesk.csat")
public record SatisfactionProperties(
        @DefaultValue("true") boolean enabled,
        String question,
        String thanks,
        @DefaultValue("7d") Duration expiresAfter) {

    public SatisfactionProperties {
        if (expiresAfter.isNegative() || expiresAfter.isZero()) {
            throw new IllegalArgumentException("answerdesk.csat.expires-after must be positive");
        }
    }
}
