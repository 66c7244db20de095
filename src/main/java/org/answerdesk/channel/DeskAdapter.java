package org.answerdesk.channel;

import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.handoff.DeskPost;

/**
 * An agents' desk (the Slack handoff channel) as the {@link ReplyDispatcher} sees it: it posts the desk posts the
 * handoffs stored ({@link org.answerdesk.handoff.DeskOutbox}), under the same retry rules as replies to customers.
 */
public interface DeskAdapter {

    /**
     * Sends one claimed post.
     *
     * @return where it landed at the desk (e.g. Slack channel:ts); a summary's becomes its handoff's thread
     * @throws DeliveryException when it could not be sent; it is retried unless the exception says it is permanent
     */
    String post(DeskPost post) throws DeliveryException;

    /** The desk runs now (false while a desk that is connected at run time is not): posts wait, not failed. */
    default boolean enabled() {
        return true;
    }
}
