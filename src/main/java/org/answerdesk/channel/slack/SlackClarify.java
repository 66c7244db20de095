package org.answerdesk.channel.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.answerdesk.channel.Presses;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The choices of a clarify reply as Block Kit buttons (the answer's text as a section, then an actions block: one
 * button per offered entry, "Something else", "Talk to a person"), the "did that help" quick replies under a direct
 * answer, and a press mapped back to the core through {@link Presses}. Slack wants
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

    /** Slack's limit for a section's text: a longer answer goes out without the quick replies. */
    static final int SECTION_LENGTH = 3000;

    private final Presses presses;

    SlackClarify(Presses presses) {
        this.presses = presses;
    }

    /**
     * The answer as a section, and "That helped" and "Something else" (in {@code language}) under it; null for a text
     * too long.
     */
    static List<LayoutBlock> didItHelpBlocks(String mrkdwn, long replyId, Texts texts, Locale language) {
        if (mrkdwn.length() > SECTION_LENGTH) {
            return null;
        }
        List<BlockElement> buttons = List.of(
                SlackPress.button(ACTION_PREFIX + "helped", texts.text("choices.helped", language),
                        ChoicePayload.helped(replyId)),
                SlackPress.button(ACTION_PREFIX + "unhelped", texts.text("choices.something-else", language),
                        ChoicePayload.notHelped(replyId)));
        return List.of(SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build(),
                ActionsBlock.builder().blockId("helped-" + replyId).elements(buttons).build());
    }

    /** The reply as a section, and the choice buttons under it (their own labels in {@code language}). */
    static List<LayoutBlock> blocks(String mrkdwn, long replyId, List<Suggestion> choices, Texts texts,
                                    Locale language) {
        List<BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Suggestion choice = choices.get(i);
            buttons.add(SlackPress.button(ACTION_PREFIX + i, ChoiceLabel.of(choice.question(), LABEL_LENGTH),
                    ChoicePayload.entry(replyId, choice.entryId())));
        }
        buttons.add(SlackPress.button(ACTION_PREFIX + "else", texts.text("choices.something-else", language),
                ChoicePayload.somethingElse(replyId)));
        buttons.add(SlackPress.button(ACTION_PREFIX + "human", texts.text("choices.talk-to-person", language), HUMAN));
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
        if (action.getActionTs() == null || !Presses.handles(value)) {
            log.debug("Slack choice press without a usable value ignored");
            return ctx.ack();
        }
        var from = new Participant(Channel.SLACK, user, null, null);
        presses.receive("slack-action:" + action.getActionTs() + ":" + user, press.thread().key(), from, value, null,
                null);
        return ctx.ack();
    }

}
