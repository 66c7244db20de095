package org.answerdesk.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deliveries no retry can take in, kept with their reason (table {@code quarantine}), counted in
 * {@code answerdesk.quarantined} per channel and logged once: a redelivery of the same event id is neither stored
 * nor counted again.
 */
@Repository
class Quarantine {

    private static final Logger log = LoggerFactory.getLogger(Quarantine.class);
    private static final int MAX_ID = 500;
    private static final int MAX_EXCERPT = 2000;

    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    Quarantine(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        for (Channel channel : Channel.values()) {
            meters.counter("answerdesk.quarantined", "channel", channel.name()); // visible at 0 from the start
        }
    }

    /** @return false when this event was quarantined before */
    boolean add(Channel channel, String eventId, String reason, String excerpt) {
        String id = cut(StorableText.clean(eventId == null || eventId.isBlank() ? "(none)" : eventId), MAX_ID);
        String why = cut(StorableText.clean(reason), MAX_EXCERPT);
        boolean added = jdbc.sql("""
                insert into quarantine (channel, event_id, reason, excerpt) values (:c, :e, :r, :x)
                on conflict (channel, event_id) do nothing
                """)
            .param("c", channel.name()).param("e", id).param("r", why)
            .param("x", cut(StorableText.clean(excerpt), MAX_EXCERPT)).update() == 1;
        if (added) {
            meters.counter("answerdesk.quarantined", "channel", channel.name()).increment();
            log.warn("{} delivery {} quarantined: {}", channel, id, why);
        }
        return added;
    }

    long count(Channel channel) {
        return jdbc.sql("select count(*) from quarantine where channel = :c").param("c", channel.name())
            .query(Long.class).single();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
