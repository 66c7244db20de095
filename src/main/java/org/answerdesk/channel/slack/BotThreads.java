package org.answerdesk.channel.slack;

import org.answerdesk.conversation.ConversationKey;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether a Slack thread is one the bot takes part in: it has a live conversation, which only exists after the
 * bot was mentioned there. Follow-ups in such a thread are answered without a new mention; any other thread
 * message is none of the bot's business.
 */
class BotThreads {

    private final JdbcClient jdbc;

    BotThreads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isBotThread(ConversationKey key) {
        return jdbc.sql("""
                select exists (select 1 from conversation where channel = :c and external_key = :k and status <> 'CLOSED')
                """)
            .param("c", key.channel().name()).param("k", key.externalId())
            .query(Boolean.class).single();
    }
}
