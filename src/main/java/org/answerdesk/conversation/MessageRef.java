package org.answerdesk.conversation;

/**
 * A message as the platform knows it: Slack channel + ts, Telegram chat id + message_id, an email Message-ID.
 * Bot replies store theirs once delivered, so a later reaction finds the reply it rates.
 */
public record MessageRef(Channel channel, String externalMessageId) {
    public MessageRef {
        externalMessageId = StorableText.clean(externalMessageId);
    }
}
