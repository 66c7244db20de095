package org.answerdesk.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.stereotype.Component;

/**
 * Writes a backup: a zip with {@code manifest.properties} (format, schema version, tables in load order with their
 * columns) and one {@code <table>.copy} per table in PostgreSQL's COPY text format, all read in one
 * repeatable-read transaction, so the copy is consistent while the app keeps answering.
 */
@Component
class Backup {

    static final String MANIFEST = "manifest.properties";
    static final String FORMAT = "answerdesk-backup-1";

    private final DataSource dataSource;

    Backup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the backup to {@code out}; returns how many tables it holds. */
    int write(OutputStream out) throws IOException, SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                var tables = Tables.inLoadOrder(c);
                var manifest = new Properties();
                manifest.setProperty("format", FORMAT);
                manifest.setProperty("schema", schemaVersion(c));
                manifest.setProperty("tables", String.join(",", tables.keySet()));
                tables.forEach((t, cols) -> manifest.setProperty("columns." + t, String.join(",", cols)));
                var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                var text = new StringWriter();
                manifest.store(text, "answerdesk backup");
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                var copy = new CopyManager(c.unwrap(BaseConnection.class));
                for (var t : tables.entrySet()) {
                    zip.putNextEntry(new ZipEntry(t.getKey() + ".copy"));
                    copy.copyOut("copy " + Tables.quote(t.getKey()) + " (" + Tables.columnList(t.getValue())
                            + ") to stdout", zip);
                    zip.closeEntry();
                }
                zip.finish();
                return tables.size();
            } finally {
                c.rollback();
            }
        }
    }

    static String schemaVersion(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery(
                "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }
}
