package org.answerdesk.channel.slack;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;

/**
 * Where a Slack conversation lives: a thread ({@code team:channel:thread_ts}) or, for a direct message outside a
 * thread, the DM itself ({@code team:channel}). It is the conversation key, and tells delivery where to post.
 *
 * @param threadTs the thread's root ts, or null for a DM outside a thread
 */
record SlackThread(String team, String channel, String threadTs) {

    SlackThread {
        if (team == null || team.isBlank() || channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("a Slack thread needs a team and a channel");
        }
    }

    ConversationKey key() {
        return new ConversationKey(Channel.SLACK, team + ":" + channel + (threadTs == null ? "" : ":" + threadTs));
    }

    static SlackThread of(ConversationKey key) {
        if (key.channel() != Channel.SLACK) {
            throw new IllegalArgumentException("not a Slack conversation: " + key);
        }
        String[] parts = key.externalId().split(":", 3);
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a Slack conversation key: " + key.externalId());
        }
        return new SlackThread(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }
}
