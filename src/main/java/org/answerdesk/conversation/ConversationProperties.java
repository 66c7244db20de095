package org.answerdesk.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pipeline's settings ({@code answerdesk.conversation.*}).
 *
 * @param maxMessageLength longest accepted message, in characters
 * @param handoffMessage   what the bot says when neither the FAQ nor the LLM can answer
 * @param humanRequestedMessage what the bot says when the customer asks for a person
 * @param humanOfferMessage     what the bot says after a thumbs-down on one of its answers
 * @param answerLease      how long an answer may take before another worker may try the same message again
 * @param recoveryDelay    how old an accepted but unanswered message must be before the recovery sweep answers it
 * @param workers          threads of the core's answer pool ({@link ConversationService#answerSoon})
 * @param queueCapacity    messages that may wait for an answer thread; beyond it the recovery sweep answers them
 */
@ConfigurationProperties("answerdesk.conversation")
public record ConversationProperties(
        @DefaultValue("4000") int maxMessageLength,
        @DefaultValue("Thanks for your message. I couldn't find a good answer to that, so a person from our team "
                + "will follow up here as soon as possible.") String handoffMessage,
        @DefaultValue("Of course. A person from our team will reply here as soon as possible.")
        String humanRequestedMessage,
        @DefaultValue("Sorry that didn't help. Reply \"yes\" if you would like a person from our team to take over.")
        String humanOfferMessage,
        @DefaultValue("2m") Duration answerLease,
        @DefaultValue("30s") Duration recoveryDelay,
        @DefaultValue("4") int workers,
        @DefaultValue("1000") int queueCapacity) {
}
