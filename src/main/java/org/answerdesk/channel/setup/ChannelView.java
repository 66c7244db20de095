package org.answerdesk.channel.setup;

import java.time.Instant;
import java.util.List;

import org.answerdesk.channel.ChannelSetup;
import org.answerdesk.conversation.Channel;

/**
 * One channel as {@code GET /api/channels} shows it; never a secret.
 *
 * @param state        NOT_CONFIGURED, CONNECTED or FAILING
 * @param source       where its settings come from (ENVIRONMENT or ADMIN); null while not configured
 * @param lastError    why it fails (FAILING only)
 * @param failingSince since when it fails (FAILING only)
 * @param account      what the platform called the account at the last check (the bot's name), when checked here
 * @param fields       the settings {@code PUT /api/channels/{channel}} takes (name, required, secret, choices);
 *                     empty where the admin page cannot set the channel (yet)
 * @param editable     false for a channel configured in the environment (read-only here)
 */
record ChannelView(Channel channel, State state, Source source, String lastError, Instant failingSince,
                   String account, List<ChannelSetup.Field> fields, boolean editable) {

    enum State { NOT_CONFIGURED, CONNECTED, FAILING }

    enum Source { ENVIRONMENT, ADMIN }

    ChannelView withAccount(String name) {
        return new ChannelView(channel, state, source, lastError, failingSince, name, fields, editable);
    }
}
