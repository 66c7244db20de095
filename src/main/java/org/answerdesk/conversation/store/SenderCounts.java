package org.answerdesk.conversation.store;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.Participant;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of inbound messages taken for answering (those left unanswered on purpose do not count), by sender and by
 * the address answers go to: what the channels' rate limits read, in PostgreSQL.
 */
@Repository
public class SenderCounts {

    private final JdbcClient jdbc;

    SenderCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long answerableInboundSince(Participant participant, Duration window) {
        return jdbc.sql("""
                select count(*) from message m join participant p on p.id = m.participant_id
                where p.channel = :c and p.external_user_id = :u and m.direction = 'IN' and m.skip_reason is null
                  and m.created_at > now() - make_interval(secs => :window)
                """)
            .param("c", participant.channel().name()).param("u", participant.externalUserId())
            .param("window", (double) window.toSeconds())
            .query(Long.class).single();
    }

    public long answerableInboundTo(Channel channel, String address, Duration window) {
        return jdbc.sql("""
                select count(*) from message m join participant p on p.id = m.participant_id
                where p.channel = :c and lower(p.address) = lower(:a) and m.direction = 'IN' and m.skip_reason is null
                  and m.created_at > now() - make_interval(secs => :window)
                """)
            .param("c", channel.name()).param("a", address).param("window", (double) window.toSeconds())
            .query(Long.class).single();
    }

    public boolean hasWrittenBefore(Channel channel, String userId) {
        return jdbc.sql("""
                select exists (select 1 from message m join participant p on p.id = m.participant_id
                where p.channel = :c and p.external_user_id = :u and m.direction = 'IN' and m.skip_reason is null)
                """)
            .param("c", channel.name()).param("u", userId).query(Boolean.class).single();
    }

    /** Messages taken for answering whose answer went to an address that had not written itself before them. */
    public long answerableInboundToNewcomersSince(Channel channel, Duration window) {
        return jdbc.sql("""
                select count(*) from message m join participant p on p.id = m.participant_id
                where p.channel = :c and m.direction = 'IN' and m.skip_reason is null
                  and m.created_at > now() - make_interval(secs => :window)
                  and not exists (select 1 from message e join participant q on q.id = e.participant_id
                      where q.channel = p.channel and q.external_user_id = lower(p.address) and e.direction = 'IN'
                        and e.skip_reason is null and e.created_at < m.created_at)
                """)
            .param("c", channel.name()).param("window", (double) window.toSeconds())
            .query(Long.class).single();
    }
}
