package org.answerdesk.channel.web;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapter;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * The web channel's side of delivery. The answer already went back in the HTTP response (or is fetched by the
 * client), so delivering only records the message's own id as its platform id.
 */
@Component
class WebChannelAdapter implements ChannelAdapter {

    @Override
    public Channel channel() {
        return Channel.WEB;
    }

    @Override
    public MessageRef deliver(OutboundMessage message) {
        return new MessageRef(Channel.WEB, Long.toString(message.messageId()));
    }
}
