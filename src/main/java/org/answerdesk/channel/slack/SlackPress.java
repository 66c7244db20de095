package org.answerdesk.channel.slack;

import java.util.Optional;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;

/**
 * A press on one of the bot's buttons (a rating score, a clarify choice), read from a block_actions payload: the
 * thread it was pressed in, who pressed, and the action. Empty when the payload lacks any of them (Slack sends
 * such payloads for messages the bot did not post).
 */
record SlackPress(SlackThread thread, String user, BlockActionPayload.Action action) {

    static Optional<SlackPress> of(BlockActionPayload payload) {
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null
                || payload.getUser().getId() == null || payload.getTeam() == null || payload.getChannel() == null) {
            return Optional.empty();
        }
        String threadTs = payload.getMessage() == null ? null : payload.getMessage().getThreadTs();
        return Optional.of(new SlackPress(new SlackThread(payload.getTeam().getId(), payload.getChannel().getId(),
                threadTs), payload.getUser().getId(), payload.getActions().get(0)));
    }

    /** A button of the bot's: its action id, its label (emoji allowed) and the value a press carries. */
    static ButtonElement button(String actionId, String label, String value) {
        return ButtonElement.builder().actionId(actionId).value(value)
                .text(PlainTextObject.builder().text(label).emoji(true).build()).build();
    }
}
