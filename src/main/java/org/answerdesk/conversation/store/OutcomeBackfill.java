package org.answerdesk.conversation.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the outcome of the messages decided before the outcome was recorded with them (migration V81), as the
 * analytics derived it until then ({@code message_outcome_before_v81}), so a report over a past period keeps its
 * figures. Range by range of message ids, each range one short statement of its own: no long transaction holds the
 * rows, and the answering path is never kept waiting for more than one range.
 *
 * <p>It runs after the start and then every ten minutes, from where the last run ended (a range earlier, and no later
 * than the first message that was not decided yet): during a rolling upgrade an instance of the version before keeps
 * deciding messages without an outcome, and the next run records theirs. Every instance runs it; a message is recorded
 * once ({@code outcome is null}), whoever gets there first.
 */
@Component
class OutcomeBackfill {

    private static final Logger log = LoggerFactory.getLogger(OutcomeBackfill.class);
    /** Message ids per statement. */
    static final int RANGE = 5_000;

    private final JdbcClient jdbc;
    /** The id the next run starts after. */
    private long resume;

    OutcomeBackfill(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT10M")
    synchronized void run() {
        var pass = from(resume);
        resume = Math.max(0, pass.resume() - RANGE);
        if (pass.recorded() > 0) {
            log.info("Recorded the outcome of {} messages decided before it was recorded with them", pass.recorded());
        }
    }

    /** One pass over the messages after {@code after}, up to the newest. */
    Pass from(long after) {
        long top = jdbc.sql("select coalesce(max(id), 0) from message").query(Long.class).single();
        long recorded = 0;
        Long undecided = null;
        for (long from = after; from < top; from += RANGE) {
            long to = Math.min(from + RANGE, top);
            recorded += jdbc.sql("select backfill_message_outcomes(:from, :to)").param("from", from).param("to", to)
                    .query(Integer.class).single();
            // the first message still due: an instance of the version before may decide it, and the next run reads it
            if (undecided == null) {
                undecided = jdbc.sql("""
                        select id from message where id > :from and id <= :to and direction = 'IN'
                          and handled_at is null order by id limit 1""").param("from", from).param("to", to)
                        .query(Long.class).optional().orElse(null);
            }
        }
        return new Pass(recorded, undecided == null ? Math.max(after, top) : undecided - 1);
    }

    /** What one pass recorded, and where the next starts. */
    record Pass(long recorded, long resume) {
    }
}
