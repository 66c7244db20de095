package org.answerdesk;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the database holds of one customer's conversation (channel and key), for tests of how it ended. */
public final class ConversationRows {

    private ConversationRows() {
    }

    /** Whether the customer confirmed an answer (a thanks after it, or "That helped"). */
    public static boolean confirmed(JdbcClient jdbc, String channel, String key) {
        return jdbc.sql("select confirmed_at is not null from conversation where channel = :ch and external_key = :k")
                .param("ch", channel).param("k", key).query(Boolean.class).single();
    }

    /** The tickets the conversation opened. */
    public static long handoffs(JdbcClient jdbc, String channel, String key) {
        return jdbc.sql("""
                select count(*) from handoff h join conversation c on c.id = h.conversation_id
                where c.channel = :ch and c.external_key = :k""").param("ch", channel).param("k", key)
                .query(Long.class).single();
    }
}
