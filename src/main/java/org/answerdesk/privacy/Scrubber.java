package org.answerdesk.privacy;

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

    private final JdbcClient jdbc;
    private final Audit audit;

    Scrubber(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Rewrites every table of the schema, then, where the database user may (a superuser, as the embedded
     * database's), the column statistics (they keep sample values of the columns) and the write-ahead log; ends with
     * a checkpoint, after which PostgreSQL deletes the old files.
     *
     * @return the tables rewritten
     */
    List<String> scrub() {
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
