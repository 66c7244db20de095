package org.answerdesk.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.answerdesk.audit.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes conversations whose last message is older than {@code ANSWERDESK_RETENTION}, with everything that belongs
 * to them, after adding their counts to the analytics archive. One instance at a time (a transaction-level advisory
 * lock per batch), in small batches of conversations taken with {@code SKIP LOCKED}, so no lock the answering path
 * needs is held for more than one batch. Then the participants left without any message, and inbox ids and
 * quarantined payloads older than the retention (far past any platform's redelivery window).
 */
@Component
@EnableConfigurationProperties(PrivacyProperties.class)
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    /** The advisory lock key of the retention ("ad-ret"); PollerLeases use other keys. */
    private static final long LOCK = 0x61642d726574L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PrivacyProperties properties;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    Retention(JdbcClient jdbc, TransactionTemplate transactions, PrivacyProperties properties, Audit audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.audit = audit;
    }

    @Scheduled(initialDelayString = "${answerdesk.privacy.sweep:1h}", fixedDelayString = "${answerdesk.privacy.sweep:1h}")
    void sweep() {
        if (properties.retention() != null) {
            run(clock.instant().minus(properties.retention()));
        }
    }

    /** Deletes what is older than {@code cutoff}; rows deleted per table (empty when another instance is at it). */
    Map<String, Integer> run(Instant cutoff) {
        Map<String, Integer> total = new TreeMap<>();
        var at = Timestamp.from(cutoff);
        while (true) {
            Map<String, Integer> batch = transactions.execute(status -> {
                if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK)
                        .query(Boolean.class).single())) {
                    return null;
                }
                Long[] conversations = jdbc.sql("""
                        select c.id from conversation c where c.updated_at < :cutoff
                          and not exists (select 1 from message m where m.conversation_id = c.id and m.created_at >= :cutoff)
                        order by c.id limit :batch for update skip locked""")
                    .param("cutoff", at).param("batch", properties.batch()).query(Long.class).list()
                    .toArray(Long[]::new);
                if (conversations.length == 0) {
                    return Map.<String, Integer>of();
                }
                new Archive(jdbc).add(conversations);
                Long[] messages = jdbc.sql("select id from message where conversation_id = any(:c)")
                    .param("c", conversations).query(Long.class).list().toArray(Long[]::new);
                return new Rows(jdbc).delete(new Scope(new Long[0], conversations, messages), false);
            });
            if (batch == null) {
                log.info("Retention: another instance is deleting old conversations");
                return Map.of();
            }
            batch.forEach((table, n) -> total.merge(table, n, Integer::sum));
            if (batch.getOrDefault("conversation", 0) < properties.batch()) {
                break;
            }
        }
        transactions.executeWithoutResult(status -> {
            total.merge("participant", jdbc.sql("""
                    delete from participant p where p.created_at < :cutoff
                      and not exists (select 1 from conversation c where c.participant_id = p.id)
                      and not exists (select 1 from message m where m.participant_id = p.id)
                      and not exists (select 1 from feedback f where f.participant_id = p.id)
                      and not exists (select 1 from faq_pick k where k.participant_id = p.id)
                      and not exists (select 1 from csat r where r.participant_id = p.id)""")
                .param("cutoff", at).update(), Integer::sum);
            total.merge("inbox", jdbc.sql("delete from inbox where message_id is null and received_at < :cutoff")
                .param("cutoff", at).update(), Integer::sum);
            total.merge("quarantine", jdbc.sql("delete from quarantine where created_at < :cutoff")
                .param("cutoff", at).update(), Integer::sum);
        });
        total.values().removeIf(n -> n == 0);
        if (!total.isEmpty()) { // a run that found nothing to delete is not worth an event every hour
            audit.system("RETENTION_RUN", "before " + cutoff + ": " + total);
            log.info("Retention deleted {} conversations older than {}: {}", total.get("conversation"), cutoff, total);
        }
        return total;
    }
}
