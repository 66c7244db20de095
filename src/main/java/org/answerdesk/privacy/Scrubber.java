package org.answerdesk.privacy;

import java.time.Duration;
import java.util.List;

import org.answerdesk.audit.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Removes the bytes of deleted rows from the database's files. A DELETE (an erasure, the retention) only marks
 * rows dead, and a plain VACUUM only marks their space free for reuse: the text stays in the table's and its
 * indexes' files until it is overwritten. VACUUM FULL writes each table anew, without the dead rows, and drops
 * the old files; it locks each table while it runs, hence a command for a stopped bot ({@link ScrubCommand}).
 */
@Service
class Scrubber {

    private static final Logger log = LoggerFactory.getLogger(Scrubber.class);

    /** Marks the wait's statement in {@code pg_stat_activity}, for an operator (and a test) to see it waiting. */
    static final String WAITING = "/* scrub: waiting for older transactions */";

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Duration wait;

    Scrubber(JdbcClient jdbc, Audit audit, PrivacyProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.wait = properties.scrubWait();
    }

    /**
     * Rewrites every table of the schema, then, where the database user may (a superuser, as the embedded
     * database's), the column statistics (they keep sample values of the columns) and the write-ahead log; ends with
     * a checkpoint, after which PostgreSQL deletes the old files. First waits for the transactions of the database
     * older than the scrub to end: VACUUM FULL keeps every row a running transaction could still read.
     *
     * @return the tables rewritten
     * @throws IllegalStateException when older transactions still run after {@code answerdesk.privacy.scrub-wait}
     */
    List<String> scrub() {
        awaitOlderTransactions();
        List<String> tables = jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'm') order by c.relname""")
            .query(String.class).list();
        for (String table : tables) {
            log.info("Rewriting {}", table);
            jdbc.sql("vacuum (full, analyze) " + Rows.quote(table)).update();
        }
        if (superuser()) {
            jdbc.sql("vacuum full pg_catalog.pg_statistic").update();
            dropOldWal();
        } else {
            log.warn("Not a superuser: the column statistics (pg_statistic) and the WAL files are left as they are");
            jdbc.sql("checkpoint").update();
        }
        audit.system("SCRUB", tables.size() + " tables rewritten");
        return tables;
    }

    private void awaitOlderTransactions() {
        // a new transaction id, committed: every deletion made before the scrub has a smaller one
        long mark = jdbc.sql("select txid_current()").query(Long.class).single();
        long deadline = System.nanoTime() + wait.toNanos();
        for (boolean told = false; ; told = true) {
            List<String> older = olderThan(mark);
            if (older.isEmpty()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("transactions older than the scrub still run after " + wait
                    + " and keep the deleted rows readable; end them and scrub again: " + older);
            }
            if (!told) {
                log.info("Waiting for transactions older than the scrub to end: {}", older);
            }
            jdbc.sql(WAITING + " select 1 from pg_sleep(0.2)").query(Integer.class).single();
        }
    }

    /**
     * The sessions whose transaction began before transaction {@code mark}: of this database, those whose snapshot
     * or transaction is older; of any database of the server, those whose transaction is. A transaction still
     * running in another database lowers the horizon of every snapshot taken here, the VACUUM FULL's own included,
     * so the rewrite would keep the deleted rows. Sessions of other users stay unnamed unless the scrub's user may
     * read their activity (pg_read_all_stats); the server's oldest running transaction tells that one is there.
     * Autovacuum's plain VACUUM is left out: PostgreSQL does not keep rows for it.
     */
    private List<String> olderThan(long mark) {
        List<String> named = jdbc.sql("""
                select pid || ' (' || coalesce(nullif(application_name, ''), backend_type) || ', '
                       || coalesce(nullif(datname, current_database()) || ', ', '')
                       || coalesce(state, 'running') || ' since ' || coalesce(xact_start::text, '?') || ')'
                from pg_stat_activity
                where pid <> pg_backend_pid()
                  and (age(backend_xid) >= age((:mark % 4294967296)::text::xid)
                       or datname = current_database()
                          and age(backend_xmin) >= age((:mark % 4294967296)::text::xid))
                  and not (backend_type = 'autovacuum worker' and query not ilike '%analyze%')
                order by pid""")
            .param("mark", mark).query(String.class).list();
        if (!named.isEmpty()) {
            return named;
        }
        // the oldest transaction still running on the server, whoever runs it: older than the mark, one is unseen
        boolean unseen = jdbc.sql("select txid_snapshot_xmin(txid_current_snapshot()) <= :mark")
            .param("mark", mark).query(Boolean.class).single();
        return unseen ? List.of("a transaction of another user, older than the scrub (its session is not shown to "
            + "this user)") : List.of();
    }

    /**
     * Ends the current WAL file and checkpoints with {@code wal_recycle} off: PostgreSQL then deletes the WAL files
     * written before, instead of renaming them for reuse with their old bytes in them.
     */
    private void dropOldWal() {
        jdbc.sql("alter system set wal_recycle = off").update();
        reload();
        // the checkpointer reads the setting when the postmaster passes the reload on: a checkpoint asked for before
        // that still recycles the old files, their bytes in them (ScrubIT saw it once on a busy machine)
        jdbc.sql("select 1 from pg_sleep(1)").query(Integer.class).single();
        try {
            jdbc.sql("select pg_switch_wal()").query(String.class).single();
            jdbc.sql("checkpoint").update();
        } finally {
            jdbc.sql("alter system reset wal_recycle").update();
            reload();
        }
    }

    private void reload() {
        jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
    }

    private boolean superuser() {
        return jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single();
    }
}
