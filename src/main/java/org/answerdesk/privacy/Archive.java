package org.answerdesk.privacy;

import org.answerdesk.ConversationOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds the counts of conversations about to be deleted to {@code analytics_archive}, in the caller's transaction,
 * counted as the analytics report counts them (analytics.AnalyticsService, {@link ConversationOutcome}, over the
 * outcomes recorded with the messages): no text is kept.
 */
final class Archive {

    private static final String ADD = """
            insert into analytics_archive (day, channel, metric, value)
            select day, channel, metric, sum(value) from (%s) t where value <> 0 group by 1, 2, 3
            on conflict (day, channel, metric) do update set value = analytics_archive.value + excluded.value""";

    private static final String CONVERSATION_DAY = "(c.created_at at time zone 'UTC')::date";

    private final JdbcClient jdbc;

    Archive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Long[] conversations) {
        // a message decided by the version before V81 that the backfill has not reached yet gets its outcome first:
        // the archive counts the recorded outcomes, as the report does (a conversation is rarely long: one statement)
        jdbc.sql("""
                update message m set outcome = message_outcome_before_v81(m.id)
                where m.conversation_id = any(:c) and m.direction = 'IN' and m.handled_at is not null
                  and m.outcome is null""").param("c", conversations).update();
        add("""
                select %1$s as day, c.channel, 'conversations' as metric, 1::bigint as value
                from conversation c where c.id = any(:c)
                union all
                select %1$s, c.channel, 'outcome:' || %2$s, 1
                from conversation c where c.id = any(:c)
                union all
                select (m.created_at at time zone 'UTC')::date, m.channel, 'messages', 1
                from message m where m.conversation_id = any(:c)
                union all
                select %1$s, c.channel, 'feedback:' || case when f.vote > 0 then 'up:' else 'down:' end || m.source, 1
                from feedback f join message m on m.id = f.message_id join conversation c on c.id = m.conversation_id
                where c.id = any(:c) and m.source is not null
                union all
                select %1$s, c.channel, 'tokens_in', coalesce(m.tokens_in, 0)
                from message m join conversation c on c.id = m.conversation_id where c.id = any(:c) and m.direction = 'OUT'
                union all
                select %1$s, c.channel, 'tokens_out', coalesce(m.tokens_out, 0)
                from message m join conversation c on c.id = m.conversation_id where c.id = any(:c) and m.direction = 'OUT'
                union all
                select (h.opened_at at time zone 'UTC')::date, c.channel,
                       case when h.out_of_hours then 'handoffs_out_of_hours' else 'handoffs' end, 1
                from handoff h join conversation c on c.id = h.conversation_id where c.id = any(:c)
                """.formatted(CONVERSATION_DAY, ConversationOutcome.SQL), conversations);
    }

    private void add(String counts, Long[] conversations) {
        jdbc.sql(ADD.formatted(counts)).param("c", conversations).update();
    }
}
