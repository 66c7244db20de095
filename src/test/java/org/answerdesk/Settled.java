package org.answerdesk;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The signal that the app has done all it will do for some conversations, for a test that asserts that nothing
 * more happens (no second reply after a redelivery): every inbound message of theirs is handled (answered, or
 * left unanswered on purpose), and no reply in them and no post about them at the agents' desk is still pending.
 * <p>
 * Everything the pipeline sends goes through those rows: a message is stored unhandled, a worker marks it handled
 * in the transaction that stores its reply PENDING (a handoff's desk posts are stored before that reply is
 * delivered), and a reply or post is marked SENT only once the platform has it. So once they are all settled, the
 * platform has everything the app will send for them, unless a new delivery comes in. Wait first for the intake to
 * have taken in what the platform delivered (an acknowledged HTTP request or Socket Mode envelope, a Telegram update
 * acknowledged, a mailbox poller's pass begun after the mail arrived).
 */
public final class Settled {

    private static final String WORK = """
            with c as (%s)
            select (select count(*) from message m where m.conversation_id in (select * from c)
                      and m.direction = 'IN' and m.handled_at is null),
                   (select count(*) from message m where m.conversation_id in (select * from c)
                      and m.delivery_status = 'PENDING'),
                   (select count(*) from desk_post d where d.status = 'PENDING'
                      and (d.handoff_id in (select h.id from handoff h where h.conversation_id in (select * from c))
                           or d.message_id in (select m.id from message m where m.conversation_id in (select * from c))))
            """;

    private Settled() {
    }

    /**
     * Waits until the conversations that {@code conversations} (a query of conversation ids, with named
     * {@code params}) selects are settled. The query is run again on every look, so a conversation a bug opens
     * meanwhile counts too.
     */
    public static void await(JdbcClient jdbc, String conversations, Map<String, ?> params, String what) {
        Await.await(() -> work(jdbc, conversations, params), w -> w.stream().allMatch(n -> n == 0),
                what + " settled (unhandled messages, pending replies, pending desk posts)");
    }

    private static List<Long> work(JdbcClient jdbc, String conversations, Map<String, ?> params) {
        return jdbc.sql(WORK.formatted(conversations)).params(params)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }
}
