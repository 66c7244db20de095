package org.answerdesk.channel.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import org.answerdesk.channel.Presses;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.satisfaction.Rating;
import org.answerdesk.satisfaction.RatingPayload;
import org.answerdesk.satisfaction.SatisfactionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The score buttons of a satisfaction request (Block Kit: the question, then an actions block whose buttons have
 * the action ids {@link RatingPayload}), and a press mapped back to the core. The core decides whether
 * it counts: only the conversation's own customer, on an open request; the same action delivered again (same
 * user and {@code action_ts}) changes nothing. The presser is told the outcome in an ephemeral message.
 */
class SlackChoices {

    private static final Logger log = LoggerFactory.getLogger(SlackChoices.class);

    private final SatisfactionService satisfaction;
    private final Presses presses;
    private final ConversationDesk desk;

    SlackChoices(SatisfactionService satisfaction, Presses presses, ConversationDesk desk) {
        this.satisfaction = satisfaction;
        this.presses = presses;
        this.desk = desk;
    }

    /** The question as a section, and one button per score. */
    static List<LayoutBlock> blocks(String mrkdwn, long requestId) {
        List<BlockElement> buttons = new ArrayList<>();
        for (int score : SatisfactionService.scores()) {
            buttons.add(ButtonElement.builder().actionId(RatingPayload.encode(requestId, score)).value(Integer.toString(score))
                    .text(PlainTextObject.builder().text(Integer.toString(score)).build()).build());
        }
        return List.of(SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build(),
                ActionsBlock.builder().blockId(RatingPayload.forRequest(requestId)).elements(buttons).build());
    }

    void registerOn(App app) {
        app.blockAction(RatingPayload.PATTERN, this::onPress);
    }

    private Response onPress(BlockActionRequest request, ActionContext ctx) {
        var payload = request.getPayload();
        var press = SlackPress.of(payload).orElse(null);
        if (press == null) {
            return ctx.ack();
        }
        var action = press.action();
        var pressed = RatingPayload.decode(action.getActionId()).orElse(null);
        int score = pressed == null ? 0 : pressed.score();
        if (!SatisfactionService.isScore(score)) {
            return ctx.ack();
        }
        String threadTs = press.thread().threadTs();
        var key = press.thread().key();
        String user = press.user();
        var outcome = satisfaction.rate(Rating.pressed(key, user, pressed.requestId(), score,
                "action:" + user + ":" + action.getActionTs()));
        Locale language = desk.language(key);
        String notice = presses.ratingReply(outcome, satisfaction.thanks(language) + " (" + score + "/"
                + SatisfactionService.MAX_SCORE + ")", language).orElse(null);
        if (notice != null) {
            try {
                ctx.client().chatPostEphemeral(r -> r.channel(payload.getChannel().getId()).user(user)
                        .threadTs(threadTs).text(notice));
            } catch (Exception e) {
                log.debug("Rating notice not shown to {}: {}", user, e.toString());
            }
        }
        return ctx.ack();
    }
}
