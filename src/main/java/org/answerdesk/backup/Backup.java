package org.answerdesk.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
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
 * repeatable-read transaction, so the copy is consistent while the app keeps answering; with
 * {@code ANSWERDESK_BACKUP_KEY} set, a last entry holds its {@link Signature}.
 */
@Component
class Backup {

    static final String MANIFEST = "manifest.properties";
    static final String FORMAT = "answerdesk-backup-1";

    private final DataSource dataSource;
    private final BackupProperties properties;

    Backup(DataSource dataSource, BackupProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
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
                var signature = properties.signature();
                var text = new StringWriter();
                manifest.store(text, "answerdesk backup");
                var digest = Signature.digest();
                zip.putNextEntry(new ZipEntry(MANIFEST));
                new DigestOutputStream(zip, digest).write(text.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                signature.ifPresent(s -> s.add(MANIFEST, digest));
                var copy = new CopyManager(c.unwrap(BaseConnection.class));
                for (var t : tables.entrySet()) {
                    var entry = Signature.digest();
                    zip.putNextEntry(new ZipEntry(t.getKey() + ".copy"));
                    copy.copyOut("copy " + Tables.quote(t.getKey()) + " (" + Tables.columnList(t.getValue())
                            + ") to stdout", new DigestOutputStream(zip, entry));
                    zip.closeEntry();
                    signature.ifPresent(s -> s.add(t.getKey() + ".copy", entry));
                }
                if (signature.isPresent()) {
                    zip.putNextEntry(new ZipEntry(Signature.ENTRY));
                    zip.write(signature.get().value().getBytes(StandardCharsets.UTF_8));
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
