package org.answerdesk.satisfaction;

import java.time.Duration;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rating requests and their scores, one row per conversation ({@code csat}). */
@Repository
class SatisfactionRepository {

    record Request(long id, long conversationId, Channel channel, boolean expired) {
    }

    private final JdbcClient jdbc;

    SatisfactionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new request, unless the conversation was asked before: empty then. */
    Optional<Long> open(long conversationId, long handoffId, Channel channel, String agent, String resolvedBy,
                        Duration expiresAfter) {
        return jdbc.sql("""
                insert into csat (conversation_id, handoff_id, channel, agent, resolved_by, expires_at)
                values (:c, :h, :ch, :a, :r, now() + make_interval(secs => :exp))
                on conflict (conversation_id) do nothing returning id
                """)
            .param("c", conversationId).param("h", handoffId).param("ch", channel.name()).param("a", agent)
            .param("r", resolvedBy).param("exp", (double) expiresAfter.toSeconds())
            .query(Long.class).optional();
    }

    Optional<Request> find(long id) {
        return jdbc.sql("select id, conversation_id, channel, expires_at < now() from csat where id = :id")
            .param("id", id)
            .query((rs, n) -> new Request(rs.getLong(1), rs.getLong(2), Channel.valueOf(rs.getString(3)), rs.getBoolean(4)))
            .optional();
    }

    /** Stores the score for the conversation's customer; the latest wins. */
    void score(long id, int score) {
        jdbc.sql("""
                update csat set score = :s, rated_at = now(),
                    participant_id = (select c.participant_id from conversation c where c.id = csat.conversation_id)
                where id = :id
                """)
            .param("s", score).param("id", id).update();
    }
}
