package org.answerdesk.satisfaction;

import java.util.Objects;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;

/**
 * A score chosen for a rating request, as an adapter maps a button press, chip click or signed link back to the
 * core. Made with the factory of its kind; {@link SatisfactionService#rate} refuses a request that is unknown,
 * expired, or not of the conversation (or customer) the rating came from.
 *
 * @param key     the conversation it was chosen in (null for a signed link, whose signature is the proof)
 * @param userId  the platform user who chose it (null when the key alone identifies the customer)
 * @param eventId the platform's id of the press, so a redelivered press changes nothing (null when none)
 */
public record Rating(Channel channel, long requestId, int score, ConversationKey key, String userId, String eventId) {

    public Rating {
        Objects.requireNonNull(channel, "channel");
        if (!SatisfactionService.isScore(score)) {
            throw new IllegalArgumentException("score must be between " + SatisfactionService.MIN_SCORE + " and "
                    + SatisfactionService.MAX_SCORE);
        }
    }

    /** A button pressed in a chat (Telegram, Slack): only the conversation's own customer may rate. */
    public static Rating pressed(ConversationKey key, String userId, long requestId, int score, String eventId) {
        return new Rating(key.channel(), requestId, score, key, Objects.requireNonNull(userId, "userId"), eventId);
    }

    /** A chip clicked in a web session: the session is the customer's secret. */
    public static Rating inSession(ConversationKey key, long requestId, int score) {
        return new Rating(key.channel(), requestId, score, key, null, null);
    }

    /** A signed link (email) whose signature the adapter has checked. */
    public static Rating signed(Channel channel, long requestId, int score) {
        return new Rating(channel, requestId, score, null, null, null);
    }
}
