package org.answerdesk.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a backup into the database the app just migrated, in one transaction: every table in the backup's load
 * order with all constraints checked, then every id sequence moved past the restored ids. Refused when the database
 * already holds conversations or an FAQ (it is not fresh), when the backup comes from a newer schema, or when its
 * manifest names a table or column a backup of this schema would not have written (admin sessions, Flyway's
 * history: a tampered file), or, with {@code ANSWERDESK_BACKUP_KEY} set, when its {@link Signature} is missing or
 * does not match; a restart with the same setting after a restore finds its mark in {@code app_setting} and does
 * nothing.
 */
final class Restore {

    private static final Logger log = LoggerFactory.getLogger(Restore.class);
    private static final String MARK = "backup.restored-from";

    private final DataSource dataSource;
    private final Optional<Signature> signature;

    /** With a {@code signature} (a key is set), only a backup signed under the same key is restored. */
    Restore(DataSource dataSource, Optional<Signature> signature) {
        this.dataSource = dataSource;
        this.signature = signature;
    }

    void from(Path file) throws IOException, SQLException {
        String mark = file.getFileName() + ":" + Files.size(file);
        try (Connection c = dataSource.getConnection(); InputStream in = Files.newInputStream(file);
             var zip = new ZipInputStream(in)) {
            c.setAutoCommit(false);
            if (mark.equals(setting(c, MARK))) {
                log.info("Backup {} was restored into this database before; nothing to do", file);
                return;
            }
            if (holdsData(c)) {
                throw new IllegalStateException("ANSWERDESK_BACKUP_RESTORE_FROM: the database already holds "
                        + "conversations or an FAQ; restore into a fresh ANSWERDESK_DATA_DIR or an empty database");
            }
            var entry = zip.getNextEntry();
            if (entry == null || !entry.getName().equals(Backup.MANIFEST)) {
                throw new IllegalStateException(file + " is not an answerdesk backup (no manifest)");
            }
            byte[] manifestBytes = zip.readAllBytes();
            var manifest = new Properties();
            manifest.load(new StringReader(new String(manifestBytes, StandardCharsets.UTF_8)));
            var manifestDigest = Signature.digest();
            manifestDigest.update(manifestBytes);
            signature.ifPresent(s -> s.add(Backup.MANIFEST, manifestDigest));
            check(manifest, Backup.schemaVersion(c), file);
            List<String> tables = Tables.restorable(manifest, Tables.inLoadOrder(c), file);
            var reversed = new ArrayList<>(tables);
            Collections.reverse(reversed);
            for (String t : reversed) { // rows the migrations seeded (settings) give way to the backup's
                c.createStatement().executeUpdate("delete from " + Tables.quote(t));
            }
            long rows = load(zip, c, manifest, tables, file);
            resetSequences(c);
            try (var s = c.prepareStatement("""
                    insert into app_setting (key, value) values (?, ?)
                    on conflict (key) do update set value = excluded.value""")) {
                s.setString(1, MARK);
                s.setString(2, mark);
                s.executeUpdate();
            }
            c.commit();
            log.info("Restored {} rows of {} tables from {}", rows, tables.size(), file);
        }
    }

    /**
     * Loads every table's entry. The signature is the last entry: with a key it must be there and match, else
     * the whole restore is rolled back; without one it is not checked.
     */
    private long load(ZipInputStream zip, Connection c, Properties manifest, List<String> tables, Path file)
            throws IOException, SQLException {
        var copy = new CopyManager(c.unwrap(BaseConnection.class));
        long rows = 0;
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String name = entry.getName();
            if (name.equals(Signature.ENTRY)) {
                checkSignature(zip.readAllBytes(), file);
                if (zip.getNextEntry() != null) {
                    throw new IllegalStateException(file + " holds entries after its signature: refused");
                }
                return rows;
            }
            String table = name.replaceFirst("\\.copy$", "");
            if (!tables.contains(table)) {
                throw new IllegalStateException(file + " holds an unknown entry " + name);
            }
            var digest = Signature.digest();
            String columns = Tables.columnList(Tables.columns(manifest, table));
            rows += copy.copyIn("copy " + Tables.quote(table) + " (" + columns + ") from stdin",
                    new FilterInputStream(new DigestInputStream(zip, digest)) {
                        @Override
                        public void close() { // the next entry is still to be read
                        }
                    });
            signature.ifPresent(s -> s.add(name, digest));
        }
        if (signature.isPresent()) {
            throw new IllegalStateException(file + " is not signed, and ANSWERDESK_BACKUP_KEY is set: refused (written"
                    + " without the key, or its signature was removed)");
        }
        return rows;
    }

    private void checkSignature(byte[] value, Path file) {
        if (signature.isEmpty()) {
            log.info("{} is signed; the signature is not checked: ANSWERDESK_BACKUP_KEY is not set", file);
        } else if (!signature.get().matches(value)) {
            throw new IllegalStateException(file + " does not match its signature under ANSWERDESK_BACKUP_KEY: "
                    + "changed after it was written, or signed with another key; refused");
        }
    }

    private static void check(Properties manifest, String schema, Path file) {
        if (!Backup.FORMAT.equals(manifest.getProperty("format"))) {
            throw new IllegalStateException(file + " is not an answerdesk backup of a known format");
        }
        var theirs = MigrationVersion.fromVersion(manifest.getProperty("schema"));
        if (theirs.isNewerThan(MigrationVersion.fromVersion(schema))) {
            throw new IllegalStateException(file + " comes from a newer answerdesk (schema " + theirs
                    + ", this one has " + schema + "): restore it with that version or a later one");
        }
    }

    private static boolean holdsData(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery(
                "select exists (select 1 from conversation) or exists (select 1 from faq_entry)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String setting(Connection c, String key) throws SQLException {
        try (var s = c.prepareStatement("select value from app_setting where key = ?")) {
            s.setString(1, key);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void resetSequences(Connection c) throws SQLException {
        List<String[]> serials = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and column_default like 'nextval(%'""")) {
            while (rs.next()) {
                serials.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] s : serials) {
            try (var st = c.prepareStatement("select setval(pg_get_serial_sequence(?, ?), coalesce((select max(%s) from %s), 0) + 1, false)"
                    .formatted(Tables.quote(s[1]), Tables.quote(s[0])))) {
                st.setString(1, s[0]);
                st.setString(2, s[1]);
                st.executeQuery().close();
            }
        }
    }
}
