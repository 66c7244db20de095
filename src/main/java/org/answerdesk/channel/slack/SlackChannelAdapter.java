package org.answerdesk.channel.slack;

import java.util.List;
import java.util.Locale;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapter;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.answerdesk.language.Texts;

/**
 * Posts replies with {@code chat.postMessage} into the conversation's thread (or DM), as escaped mrkdwn. The
 * returned {@code channel:ts} is what a later reaction on the answer points at.
 */
class SlackChannelAdapter implements ChannelAdapter {

    private final SlackPoster poster;
    private final Texts texts;

    SlackChannelAdapter(SlackPoster poster, Texts texts) {
        this.poster = poster;
        this.texts = texts;
    }

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    /** A direct message outside a thread: Slack has no start command there, so the core greets first. */
    @Override
    public boolean greetsFirstMessage(ConversationKey key) {
        SlackThread thread = SlackThread.of(key);
        return thread.threadTs() == null && thread.channel().startsWith("D");
    }

    @Override
    public MessageRef deliver(OutboundMessage message) throws DeliveryException {
        SlackThread thread = SlackThread.of(message.key());
        Locale language = message.language();
        String text = SlackText.reply(message.text(), message.suggestionsToList(),
                texts.text("answer.related", language));
        // a clarify reply gets its choice buttons, a satisfaction request its score buttons, an answer the core
        // asks about "That helped" and "Something else"
        List<LayoutBlock> blocks = message.offersChoices()
                ? SlackClarify.blocks(text, message.messageId(), message.choices(), texts, language)
                : message.asksForRating() ? SlackChoices.blocks(text, message.ratingRequestId())
                : message.asksIfHelped() ? SlackClarify.didItHelpBlocks(text, message.messageId(), texts, language)
                : null;
        ChatPostMessageResponse response = poster.post(thread.channel(), thread.threadTs(), text, blocks);
        String channel = response.getChannel() != null ? response.getChannel() : thread.channel();
        return new MessageRef(Channel.SLACK, channel + ":" + response.getTs());
    }
}
