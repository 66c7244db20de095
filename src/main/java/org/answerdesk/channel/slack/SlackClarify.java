package org.answerdesk.channel.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.BlockElement;
import org.answerdesk.channel.ChoiceLabel;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The choices of a clarify reply as Block Kit buttons (the answer's text as a section, then an actions block: one
 * button per offered entry, "Something else", "Talk to a person"), and a press mapped back to the core. Slack wants
 * the action ids of a block unique, so the {@link ChoicePayload} is the button's value and the action id only
 * numbers the button. The core decides whether a press counts (offered in this thread, not answered yet).
 */
class SlackClarify {

    static final String ACTION_PREFIX = "choice-";
    /** The value of the "Talk to a person" button. */
    static final String HUMAN = ChoicePayload.PERSON;
    /** Slack's limit for a button's text. */
    static final int LABEL_LENGTH = 75;

    private static final Pattern ACTION = Pattern.compile(Pattern.quote(ACTION_PREFIX) + "[a-z0-9]+");
    private static final Logger log = LoggerFactory.getLogger(SlackClarify.class);

    private final ConversationService conversations;

    SlackClarify(ConversationService conversations) {
        this.conversations = conversations;
    }

    /** The reply as a section, and the choice buttons under it. */
    static List<LayoutBlock> blocks(String mrkdwn, long replyId, List<Suggestion> choices) {
        List<BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Suggestion choice = choices.get(i);
            buttons.add(SlackPress.button(ACTION_PREFIX + i, ChoiceLabel.of(choice.question(), LABEL_LENGTH),
                    ChoicePayload.entry(replyId, choice.entryId())));
        }
        buttons.add(SlackPress.button(ACTION_PREFIX + "else", ChoicePayload.SOMETHING_ELSE_LABEL, ChoicePayload.somethingElse(replyId)));
        buttons.add(SlackPress.button(ACTION_PREFIX + "human", ChoicePayload.TALK_TO_PERSON_LABEL, HUMAN));
        return List.of(SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build(),
                ActionsBlock.builder().blockId("choices-" + replyId).elements(buttons).build());
    }

    void registerOn(App app) {
        app.blockAction(ACTION, this::onPress);
    }

    private Response onPress(BlockActionRequest request, ActionContext ctx) {
        var press = SlackPress.of(request.getPayload()).orElse(null);
        if (press == null) {
            return ctx.ack();
        }
        var action = press.action();
        String value = action.getValue();
        String user = press.user();
        boolean human = HUMAN.equals(value);
        if (action.getActionTs() == null || (!human && ChoicePayload.decode(value).isEmpty())) {
            log.debug("Slack choice press without a usable value ignored");
            return ctx.ack();
        }
        var key = press.thread().key();
        var from = new Participant(Channel.SLACK, user, null, null);
        String eventId = "slack-action:" + action.getActionTs() + ":" + user;
        conversations.receive(human
                ? InboundMessage.of(Intent.HUMAN, eventId, key, from, ChoicePayload.TALK_TO_PERSON_LABEL, null, null)
                : InboundMessage.choice(eventId, key, from, value, null, null));
        return ctx.ack();
    }

}
