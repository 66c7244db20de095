package org.answerdesk.channel.email;

import java.time.Duration;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;

/**
 * The overall hourly limit on answers to addresses that have never written to us themselves (a Reply-To naming a
 * third party, a forged From, or simply a new customer): the per-address limit bounds what one address receives,
 * this one bounds how many strangers the shop's address writes to, whoever sends the mail. Counted in the database,
 * so it holds across instances and restarts.
 */
final class NewcomerLimit {

    private static final Duration HOUR = Duration.ofHours(1);

    private final ConversationService conversations;
    private final int perHour;

    NewcomerLimit(ConversationService conversations, int perHour) {
        this.conversations = conversations;
        this.perHour = perHour;
    }

    /** Why a mail whose answer goes to {@code replyAddress} must not be answered, or empty if it may. */
    Optional<String> reasonNotToAnswer(String replyAddress) {
        if (conversations.hasWrittenBefore(Channel.EMAIL, replyAddress)
                || conversations.answerableMessagesToNewcomers(Channel.EMAIL, HOUR) < perHour) {
            return Optional.empty();
        }
        return Optional.of("new address limit: more than " + perHour + " answers to new addresses in an hour");
    }
}
