package org.answerdesk.faq;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The FAQ's version, shared by every instance on one database: each change bumps it in the change's own
 * transaction and sends a PostgreSQL notification on channel {@value #CHANNEL}, delivered when that transaction
 * commits. Instances listen for it and compare versions as a safety net, so a change made on one instance is
 * answered by all of them.
 */
@Repository
class FaqVersion {

    static final String CHANNEL = "answerdesk_faq";
    private static final String KEY = "faq.version";

    private final JdbcClient jdbc;

    FaqVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside the transaction that changes the FAQ. */
    long bump() {
        long version = jdbc.sql("""
                insert into app_setting (key, value) values (:k, '1')
                on conflict (key) do update set value = (cast(app_setting.value as bigint) + 1)::text
                returning cast(value as bigint)
                """)
            .param("k", KEY).query(Long.class).single();
        jdbc.sql("select pg_notify(:ch, :v)").param("ch", CHANNEL).param("v", Long.toString(version))
            .query((rs, n) -> 0).list();
        return version;
    }

    long current() {
        return jdbc.sql("select cast(value as bigint) from app_setting where key = :k").param("k", KEY)
            .query(Long.class).optional().orElse(0L);
    }

    /**
     * Serializes the first-start check "is the sample FAQ loaded?" between instances starting together; held until
     * the calling transaction ends.
     */
    void lockForSample() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('answerdesk.faq.sample'))").query((rs, n) -> 0).list();
    }
}
