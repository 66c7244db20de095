package org.answerdesk.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings the embedded server runs with: durable whatever the files say, loopback only, and the time zone and
 * connection limit the app has always had. They are given twice on purpose: as {@code -c} options, which win over
 * every file, and in {@code answerdesk.conf}, included at the end of {@code postgresql.conf}, so that a reload
 * (after the password is set, or by the scrubber) finds the file agreeing with the running server instead of
 * logging that {@code postgresql.conf} "contains errors".
 */
final class ServerSettings {

    static final String FILE = "answerdesk.conf";
    static final String INCLUDE = "include_if_exists = '" + FILE + "'";

    private static final Map<String, String> SETTINGS = settings();

    private ServerSettings() {
    }

    private static Map<String, String> settings() {
        var settings = new LinkedHashMap<String, String>();
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        settings.put("listen_addresses", "localhost");
        settings.put("timezone", "UTC");
        settings.put("max_connections", "300");
        return settings;
    }

    /** The postmaster's options: the port, then {@code -c name=value} for every setting. */
    static List<String> options(int port) {
        var options = new ArrayList<>(List.of("-p", Integer.toString(port)));
        SETTINGS.forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
        return options;
    }

    /** Writes {@code answerdesk.conf} and includes it once at the end of {@code postgresql.conf}. */
    static void write(Path pgData) throws IOException {
        var lines = new ArrayList<>(List.of("# answerdesk: the same settings as the server's -c options"));
        SETTINGS.forEach((name, value) -> lines.add(name + " = '" + value + "'"));
        Path temp = pgData.resolve(FILE + ".new");
        Files.write(temp, lines, StandardCharsets.UTF_8);
        Files.move(temp, pgData.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path conf = pgData.resolve("postgresql.conf");
        List<String> confLines = Files.readAllLines(conf, StandardCharsets.UTF_8);
        if (!confLines.contains(INCLUDE)) {
            Files.writeString(conf, System.lineSeparator() + INCLUDE + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
    }
}
