package org.answerdesk.handoff;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.Participant;
import org.answerdesk.richtext.StaffText;

/**
 * Who a ticket is for, as staff see it. A web customer's id is their session id, the secret that reads and writes
 * their conversation, so a web customer is named by the conversation's number instead; on the other channels the
 * display name, or else the platform's user id (a Telegram user id, an email address), which unlocks nothing.
 */
final class CustomerLabel {

    private CustomerLabel() {
    }

    static String of(Channel channel, Participant customer, long conversationId) {
        if (channel == Channel.WEB) {
            return "web visitor (conversation " + conversationId + ")";
        }
        if (customer == null) {
            return "unknown";
        }
        return StaffText.visible(customer.displayName() != null ? customer.displayName() : customer.externalUserId());
    }
}
