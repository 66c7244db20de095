package org.answerdesk.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The tables a backup holds, each with its columns, in an order where every table comes after the tables its
 * foreign keys point at (so a restore can load them one by one with every constraint checked). Left out: Flyway's
 * history (the restoring app migrates its own), admin sessions and the unlogged rate budgets.
 */
final class Tables {

    static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes",
            "rate_budget");

    private Tables() {
    }

    /** Table name to its columns, in load order. */
    static Map<String, List<String>> inLoadOrder(Connection c) throws SQLException {
        Map<String, List<String>> columns = new HashMap<>();
        try (var rs = c.createStatement().executeQuery("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                order by c.table_name, c.ordinal_position""")) {
            while (rs.next()) {
                if (!LEFT_OUT.contains(rs.getString(1))) {
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, Set<String>> dependsOn = new HashMap<>();
        try (var rs = c.createStatement().executeQuery("""
                select cl.relname, target.relname from pg_constraint k
                join pg_class cl on cl.oid = k.conrelid
                join pg_namespace ns on ns.oid = cl.relnamespace and ns.nspname = current_schema()
                join pg_class target on target.oid = k.confrelid
                where k.contype = 'f' and cl.relname <> target.relname""")) {
            while (rs.next()) {
                dependsOn.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        var pending = new ArrayList<>(columns.keySet().stream().sorted().toList());
        while (!pending.isEmpty()) {
            var ready = pending.stream().filter(t -> dependsOn.getOrDefault(t, Set.of()).stream()
                    .allMatch(d -> ordered.containsKey(d) || !columns.containsKey(d))).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("foreign keys form a cycle among " + pending);
            }
            ready.forEach(t -> ordered.put(t, columns.get(t)));
            pending.removeAll(ready);
        }
        return ordered;
    }

    /**
     * The tables a backup's manifest lists, in its order, each checked against {@code writable} (what
     * {@link #inLoadOrder} finds in the database restored into): a table a backup leaves out ({@link #LEFT_OUT}:
     * the admin sessions, whose rows are Java-serialised) or does not have, or a column it does not have, refuses
     * the whole file before anything is deleted or loaded.
     */
    static List<String> restorable(Properties manifest, Map<String, List<String>> writable, Path file) {
        String listed = manifest.getProperty("tables");
        if (listed == null || listed.isBlank()) {
            throw new IllegalStateException(file + " is not an answerdesk backup (its manifest lists no table)");
        }
        List<String> tables = List.of(listed.split(","));
        for (String table : tables) {
            if (!writable.containsKey(table)) {
                throw new IllegalStateException(file + " holds the table " + table + ", which no answerdesk backup"
                        + " writes: refused (a tampered or foreign file)");
            }
            if (columns(manifest, table).isEmpty()) {
                throw new IllegalStateException(file + " lists no columns for the table " + table + ": refused");
            }
            for (String column : columns(manifest, table)) {
                if (!writable.get(table).contains(column)) {
                    throw new IllegalStateException(file + " holds a column " + table + "." + column
                            + " this answerdesk does not have: refused");
                }
            }
        }
        return tables;
    }

    /** The columns the manifest lists for {@code table}, in the order of its COPY data. */
    static List<String> columns(Properties manifest, String table) {
        String listed = manifest.getProperty("columns." + table);
        return listed == null ? List.of() : List.of(listed.split(","));
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Tables::quote).toList());
    }
}
