package org.answerdesk.channel.slack;

import java.util.function.Supplier;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wraps each Slack event handler: sorts its failures into those that waiting may cure and the rest, and reports
 * every event to the {@code slack} health component. Also reads the event id of a raw request.
 */
class SlackEventGuard {

    private static final Logger log = LoggerFactory.getLogger(SlackEventGuard.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConversationService conversations;
    private final ChannelHealth health;

    SlackEventGuard(ConversationService conversations, ChannelHealth health) {
        this.conversations = conversations;
        this.health = health;
    }

    /**
     * Runs a handler. A failure that waiting may cure (the database is down) is thrown on: Bolt passes it out of
     * {@code App.run}, so over HTTP the controller answers 503 and Slack retries the event, and in Socket Mode the
     * envelope is not acknowledged and Slack sends it again. (A non-200 response would not do: Bolt then tries the
     * next handler and acknowledges the event as unmatched.) Any other failure quarantines the event (counted,
     * logged once) and acknowledges it, so that Slack stops sending it.
     */
    Response run(EventsApiPayload<?> payload, EventContext ctx, Supplier<Response> handler) {
        RuntimeException failure;
        try {
            Response response = handler.get();
            health.succeeded();
            return response;
        } catch (RuntimeException e) {
            failure = e;
        }
        if (!Failures.isTransient(failure)) {
            try {
                conversations.quarantine(Channel.SLACK, payload.getEventId(), "not usable: "
                        + Failures.describe(failure), String.valueOf(payload.getEvent()));
                health.succeeded();
                return ctx.ack();
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw e;
                }
                failure = e;
            }
        }
        String reason = "Slack event " + payload.getEventId() + " could not be stored: " + Failures.describe(failure);
        health.failed(reason);
        log.warn("{}; Slack sends it again", reason);
        throw failure;
    }

    /** Slack's event_id in a request body, or null. */
    static String eventId(String body) {
        try {
            return JSON.readTree(body).path("event_id").asString(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
